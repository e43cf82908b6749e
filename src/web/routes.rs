//! Every route, in one list (the URL contract in docs/ARCHITECTURE.md §3): the router is built
//! from it, and the tests read it (`ROUTES`), so a new route is covered by the checks that apply
//! to every route (a form token on every POST) without editing them. Each path is a resource, so
//! a wrong method gets 405 with an `Allow` header rather than 404. Order matters: the first path
//! that matches a request is the one used.

use actix_web::web::{self, get, post, resource};

use super::handlers::{
    accounts, admin_users, areas, assets, bids, dashboard, decisions, grants, group_word, groups, health, languages,
    manage, notices, open_data, openreferral, outreach, panel, public, reports, reservations, team, translations,
    two_factor,
};

/// Builds [`ROUTES`] and [`configure`] from one table of `path => [method handler, …]`.
macro_rules! routes {
    ($($path:literal => [$($method:ident $handler:path),+ $(,)?]),* $(,)?) => {
        /// Every path the portal answers, with its methods (`"get"`, `"post"`).
        pub const ROUTES: &[(&str, &[&str])] = &[$(($path, &[$(stringify!($method)),+])),*];

        /// Mounts every route; `main` and the tests call the same function.
        pub fn configure(cfg: &mut web::ServiceConfig) {
            $(cfg.service(resource($path)$(.route($method().to($handler)))+);)*
        }
    };
}

routes! {
    "/healthz" => [get health::healthz],
    "/assets/{name}" => [get assets::serve],
    "/" => [get public::home],
    "/rounds/{slug}" => [get public::round],
    "/rounds/{slug}/eligibility" => [get public::eligibility],
    "/accessibility" => [get notices::accessibility],
    "/privacy" => [get notices::privacy],
    "/programmes/{slug}/privacy" => [get notices::programme_privacy],
    "/programmes/{slug}/logo" => [get team::logo],
    "/languages" => [get languages::languages],
    "/awards" => [get open_data::awards],
    "/open-data/360giving.json" => [get open_data::threesixty_json],
    "/open-data/360giving.csv" => [get open_data::threesixty_csv],
    "/register" => [get accounts::register_form, post accounts::register],
    "/login" => [get accounts::login_form, post accounts::login],
    "/login/link" => [post accounts::request_link],
    "/login/link/{token}" => [get accounts::sign_in_link_page, post accounts::follow_sign_in_link],
    "/login/link/{token}/group" => [post groups::create_on_link],
    "/login/two-factor" => [get two_factor::second_step_form, post two_factor::second_step],
    "/logout" => [post accounts::logout],
    "/password/forgot" => [get accounts::forgot_form, post accounts::forgot],
    "/password/reset/{token}" => [get accounts::reset_form, post accounts::reset],
    "/verify-email/{token}" => [get accounts::verify_email],
    "/dashboard" => [get dashboard::dashboard],
    "/account" => [get accounts::account],
    "/account/verify-email" => [post accounts::resend_verification],
    "/account/password" => [get accounts::change_password_form, post accounts::change_password],
    "/account/two-factor" => [get two_factor::account_page, post two_factor::turn_on],
    "/account/two-factor/recovery-codes" => [post two_factor::renew_recovery_codes],
    "/account/two-factor/off" => [post two_factor::turn_off],
    "/account/sign-out-everywhere" => [post accounts::sign_out_everywhere],
    "/account/reminders" => [post accounts::set_reminders],
    "/account/data.json" => [get accounts::download_data],
    "/manage/users" => [get admin_users::list],
    "/manage/users/{id}" => [get admin_users::show],
    "/manage/users/{id}/roles" => [post admin_users::grant],
    "/manage/users/{id}/roles/{grant_id}/revoke" => [post admin_users::revoke],
    "/manage/users/{id}/disable" => [post admin_users::disable],
    "/manage/users/{id}/enable" => [post admin_users::enable],
    "/manage/users/{id}/two-factor/reset" => [get admin_users::confirm_second_factor_reset, post admin_users::reset_second_factor],
    "/manage/users/{id}/site-admin/grant" => [post admin_users::grant_site_admin],
    "/manage/users/{id}/site-admin/revoke" => [post admin_users::revoke_site_admin],
    "/manage" => [get manage::list],
    "/manage/programmes" => [get manage::list],
    "/manage/programmes/new" => [get manage::new_programme, post manage::create_programme],
    "/manage/programmes/{id}" => [get manage::show_programme],
    "/manage/programmes/{id}/edit" => [get manage::edit_programme, post manage::update_programme],
    "/manage/programmes/{id}/leads" => [post manage::appoint_lead],
    "/manage/programmes/{id}/contact" => [get team::contact_form, post team::save_contact],
    "/manage/programmes/{id}/logo" => [post team::upload_logo],
    "/manage/programmes/{id}/logo/remove" => [post team::remove_logo],
    "/manage/notices" => [get notices::edit, post notices::save],
    "/manage/programmes/{id}/pots/new" => [get manage::new_pot],
    "/manage/programmes/{id}/pots" => [post manage::create_pot],
    "/manage/programmes/{id}/rounds/new" => [get manage::new_round],
    "/manage/programmes/{id}/rounds" => [post manage::create_round],
    "/manage/pots/{id}" => [get manage::show_pot],
    "/manage/pots/{id}/adjust" => [post manage::adjust_pot],
    "/manage/pots/{id}/carry-forward" => [post manage::carry_forward],
    "/manage/pots/{id}/report" => [get reports::pot],
    "/manage/pots/{id}/awards.csv" => [get reports::awards_csv],
    "/manage/pots/{id}/payments.csv" => [get reports::payments_csv],
    "/manage/pots/{id}/ledger.csv" => [get reports::ledger_csv],
    "/manage/programmes/{id}/equity" => [get reports::equity],
    "/manage/programmes/{id}/missing" => [get outreach::missing],
    "/manage/programmes/{id}/areas" => [get areas::list, post areas::add],
    "/manage/programmes/{id}/areas/map" => [post areas::map],
    "/manage/programmes/{id}/areas/{area_id}" => [get areas::edit, post areas::change],
    "/manage/programmes/{id}/areas/{area_id}/remove" => [post areas::remove],
    "/manage/rounds/{id}" => [get manage::show_round],
    "/manage/rounds/{id}/invitations" => [post outreach::invite],
    "/manage/rounds/{id}/edit" => [get manage::edit_round, post manage::update_round],
    "/manage/rounds/{id}/criteria" => [post manage::add_criterion],
    "/manage/rounds/{id}/criteria/{criterion_id}" => [post manage::update_criterion],
    "/manage/rounds/{id}/criteria/{criterion_id}/delete" => [post manage::remove_criterion],
    "/manage/rounds/{id}/eligibility" => [post manage::add_question],
    "/manage/rounds/{id}/eligibility/{question_id}" => [post manage::update_question],
    "/manage/rounds/{id}/eligibility/{question_id}/delete" => [post manage::remove_question],
    "/manage/rounds/{id}/reservations" => [post reservations::add],
    "/manage/rounds/{id}/reservations/{reservation_id}/remove" => [post reservations::remove],
    "/groups/new" => [get groups::new_form, post groups::create],
    "/groups/{id}" => [get groups::show],
    "/groups/{id}/edit" => [get groups::edit_form, post groups::update],
    "/groups/{id}/invite" => [post groups::invite],
    "/groups/{id}/members/{person_id}/remove" => [post groups::remove_member],
    "/groups/{id}/leave" => [post groups::leave],
    "/groups/{id}/data.json" => [get groups::download_data],
    "/groups/{id}/equality" => [get groups::equality_form, post groups::save_equality],
    "/groups/{id}/equality/clear" => [post groups::clear_equality],
    "/invitations/{token}" => [get groups::invitation, post groups::accept_invitation],
    "/rounds/{slug}/bids/new" => [get bids::start_form, post bids::start],
    "/bids/{id}" => [get bids::show],
    "/bids/{id}/money" => [get bids::money_form, post bids::save_money],
    "/bids/{id}/case" => [get bids::case_form, post bids::save_case],
    "/bids/{id}/recording" => [get bids::recording_form, post bids::upload_recording],
    "/bids/{id}/files" => [get bids::files_form, post bids::upload_file],
    "/bids/{id}/files/{file_id}" => [get bids::download_file],
    "/bids/{id}/files/{file_id}/remove" => [post bids::remove_file],
    "/bids/{id}/check" => [get bids::check],
    "/bids/{id}/submit" => [post bids::submit],
    "/bids/{id}/sent" => [get bids::sent],
    "/bids/{id}/withdraw" => [get bids::confirm_withdraw, post bids::withdraw],
    "/bids/{id}/translation" => [get translations::connector_form, post translations::connector_save],
    "/bids/{id}/accept" => [post grants::accept],
    "/bids/{id}/decline-offer" => [post grants::decline_offer],
    "/bids/{id}/report" => [get grants::report_form, post grants::submit_report],
    "/bids/{id}/report/recording" => [get grants::report_recording],
    "/confirm-bid/{token}" => [get bids::confirm_page, post bids::confirm],
    "/bids/{id}/word" => [post group_word::ask_or_record],
    "/word/{token}" => [get group_word::link_page, post group_word::use_link],
    "/panel" => [get panel::queue],
    "/panel/bids/{id}" => [get panel::show],
    "/panel/bids/{id}/review" => [post panel::save_review],
    "/panel/bids/{id}/conflict" => [post panel::declare_conflict],
    "/panel/bids/{id}/files/{file_id}" => [get panel::download_file],
    "/manage/bids/{id}" => [get decisions::show_bid],
    "/manage/bids/{id}/files/{file_id}" => [get decisions::download_file],
    "/manage/bids/{id}/report/recording" => [get decisions::report_recording],
    "/manage/bids/{id}/translation" => [get translations::lead_form, post translations::lead_save],
    "/manage/bids/{id}/return" => [post decisions::return_bid],
    "/manage/bids/{id}/ineligible" => [post decisions::mark_ineligible],
    "/manage/bids/{id}/start-review" => [post decisions::start_review],
    "/manage/bids/{id}/assign" => [post decisions::assign],
    "/manage/bids/{id}/award" => [post decisions::award],
    "/manage/bids/{id}/decline" => [post decisions::decline],
    "/manage/bids/{id}/waitlist" => [post decisions::waitlist],
    "/manage/bids/{id}/payments" => [post decisions::record_payment],
    "/manage/bids/{id}/accept-by-phone" => [post decisions::accept_by_phone],
    "/manage/bids/{id}/cancel" => [post decisions::cancel],
    "/manage/bids/{id}/complete" => [post decisions::complete],
    "/manage/rounds/{id}/assign-panels" => [post decisions::assign_panels],
    "/manage/rounds/{id}/start-reviews" => [post decisions::start_reviews],
    "/manage/rounds/{id}/close-panel" => [get decisions::confirm_close_panel, post decisions::close_panel],
    "/manage/rounds/{id}/ranking" => [get decisions::ranking_page],
    "/manage/rounds/{id}/ranking.csv" => [get decisions::ranking_csv],
    "/manage/rounds/{id}/decisions" => [post decisions::decide_selected],
    // The community directory as Open Referral UK (HSDS 3.0) JSON, for anyone: public listings
    // only (handlers::openreferral).
    "/openreferral" => [get openreferral::metadata],
    "/openreferral/" => [get openreferral::metadata],
    "/openreferral/services" => [get openreferral::services],
    "/openreferral/services/{id}" => [get openreferral::service],
    "/openreferral/taxonomies" => [get openreferral::taxonomies],
    "/openreferral/taxonomies/{id}" => [get openreferral::taxonomy],
    "/openreferral/taxonomy_terms" => [get openreferral::taxonomy_terms],
    "/openreferral/taxonomy_terms/{id}" => [get openreferral::taxonomy_term],
}

/// Whether the route `pattern` (as written in the table, `/bids/{id}`) answers GET.
pub fn answers_get(pattern: &str) -> bool {
    ROUTES.iter().any(|(path, methods)| *path == pattern && methods.contains(&"get"))
}

/// The paths that accept a form (POST).
pub fn post_paths() -> impl Iterator<Item = &'static str> {
    ROUTES.iter().filter(|(_, methods)| methods.contains(&"post")).map(|(path, _)| *path)
}
