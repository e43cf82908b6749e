//! Every route, in one place (the URL contract in docs/ARCHITECTURE.md §3). Each path is a resource, so a
//! wrong method gets 405 with an `Allow` header rather than 404.

use actix_web::web::{self, get, post, resource};

use super::handlers::{
    accounts, admin_users, assets, bids, dashboard, decisions, grants, groups, health, manage, open_data, pages, panel,
    public, reports, two_factor,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/healthz").route(get().to(health::healthz)))
        .service(resource("/assets/{name}").route(get().to(assets::serve)))
        .service(resource("/").route(get().to(public::home)))
        .service(resource("/rounds/{slug}").route(get().to(public::round)))
        .service(resource("/accessibility").route(get().to(pages::accessibility)))
        .service(resource("/privacy").route(get().to(pages::privacy)))
        .service(resource("/awards").route(get().to(open_data::awards)))
        .service(resource("/open-data/360giving.json").route(get().to(open_data::threesixty_json)))
        .service(resource("/open-data/360giving.csv").route(get().to(open_data::threesixty_csv)));
    accounts_routes(cfg);
    admin_routes(cfg);
    manage_routes(cfg);
    group_routes(cfg);
    bid_routes(cfg);
    review_routes(cfg);
}

fn accounts_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/register").route(get().to(accounts::register_form)).route(post().to(accounts::register)))
        .service(resource("/login").route(get().to(accounts::login_form)).route(post().to(accounts::login)))
        .service(resource("/login/link").route(post().to(accounts::request_link)))
        .service(
            resource("/login/link/{token}")
                .route(get().to(accounts::sign_in_link_page))
                .route(post().to(accounts::follow_sign_in_link)),
        )
        .service(
            resource("/login/two-factor")
                .route(get().to(two_factor::second_step_form))
                .route(post().to(two_factor::second_step)),
        )
        .service(resource("/logout").route(post().to(accounts::logout)))
        .service(resource("/password/forgot").route(get().to(accounts::forgot_form)).route(post().to(accounts::forgot)))
        .service(
            resource("/password/reset/{token}").route(get().to(accounts::reset_form)).route(post().to(accounts::reset)),
        )
        .service(resource("/verify-email/{token}").route(get().to(accounts::verify_email)))
        .service(resource("/dashboard").route(get().to(dashboard::dashboard)))
        .service(resource("/account").route(get().to(accounts::account)))
        .service(resource("/account/verify-email").route(post().to(accounts::resend_verification)))
        .service(
            resource("/account/password")
                .route(get().to(accounts::change_password_form))
                .route(post().to(accounts::change_password)),
        )
        .service(
            resource("/account/two-factor")
                .route(get().to(two_factor::account_page))
                .route(post().to(two_factor::turn_on)),
        )
        .service(resource("/account/two-factor/recovery-codes").route(post().to(two_factor::renew_recovery_codes)))
        .service(resource("/account/two-factor/off").route(post().to(two_factor::turn_off)))
        .service(resource("/account/sign-out-everywhere").route(post().to(accounts::sign_out_everywhere)))
        .service(resource("/account/data.json").route(get().to(accounts::download_data)));
}

fn admin_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/manage/users").route(get().to(admin_users::list)))
        .service(resource("/manage/users/{id}").route(get().to(admin_users::show)))
        .service(resource("/manage/users/{id}/roles").route(post().to(admin_users::grant)))
        .service(resource("/manage/users/{id}/roles/{grant_id}/revoke").route(post().to(admin_users::revoke)))
        .service(resource("/manage/users/{id}/disable").route(post().to(admin_users::disable)))
        .service(resource("/manage/users/{id}/enable").route(post().to(admin_users::enable)))
        .service(
            resource("/manage/users/{id}/two-factor/reset")
                .route(get().to(admin_users::confirm_second_factor_reset))
                .route(post().to(admin_users::reset_second_factor)),
        )
        .service(resource("/manage/users/{id}/site-admin/grant").route(post().to(admin_users::grant_site_admin)))
        .service(resource("/manage/users/{id}/site-admin/revoke").route(post().to(admin_users::revoke_site_admin)));
}

fn manage_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/manage/programmes").route(get().to(manage::list)))
        .service(
            resource("/manage/programmes/new")
                .route(get().to(manage::new_programme))
                .route(post().to(manage::create_programme)),
        )
        .service(resource("/manage/programmes/{id}").route(get().to(manage::show_programme)))
        .service(
            resource("/manage/programmes/{id}/edit")
                .route(get().to(manage::edit_programme))
                .route(post().to(manage::update_programme)),
        )
        .service(resource("/manage/programmes/{id}/leads").route(post().to(manage::appoint_lead)))
        .service(resource("/manage/programmes/{id}/pots/new").route(get().to(manage::new_pot)))
        .service(resource("/manage/programmes/{id}/pots").route(post().to(manage::create_pot)))
        .service(resource("/manage/programmes/{id}/rounds/new").route(get().to(manage::new_round)))
        .service(resource("/manage/programmes/{id}/rounds").route(post().to(manage::create_round)))
        .service(resource("/manage/pots/{id}").route(get().to(manage::show_pot)))
        .service(resource("/manage/pots/{id}/adjust").route(post().to(manage::adjust_pot)))
        .service(resource("/manage/pots/{id}/carry-forward").route(post().to(manage::carry_forward)))
        .service(resource("/manage/pots/{id}/report").route(get().to(reports::pot)))
        .service(resource("/manage/pots/{id}/awards.csv").route(get().to(reports::awards_csv)))
        .service(resource("/manage/pots/{id}/payments.csv").route(get().to(reports::payments_csv)))
        .service(resource("/manage/pots/{id}/ledger.csv").route(get().to(reports::ledger_csv)))
        .service(resource("/manage/programmes/{id}/equity").route(get().to(reports::equity)))
        .service(resource("/manage/rounds/{id}").route(get().to(manage::show_round)))
        .service(
            resource("/manage/rounds/{id}/edit")
                .route(get().to(manage::edit_round))
                .route(post().to(manage::update_round)),
        )
        .service(resource("/manage/rounds/{id}/criteria").route(post().to(manage::add_criterion)))
        .service(resource("/manage/rounds/{id}/criteria/{criterion_id}").route(post().to(manage::update_criterion)))
        .service(
            resource("/manage/rounds/{id}/criteria/{criterion_id}/delete").route(post().to(manage::remove_criterion)),
        );
}

fn group_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/groups/new").route(get().to(groups::new_form)).route(post().to(groups::create)))
        .service(resource("/groups/{id}").route(get().to(groups::show)))
        .service(resource("/groups/{id}/edit").route(get().to(groups::edit_form)).route(post().to(groups::update)))
        .service(resource("/groups/{id}/invite").route(post().to(groups::invite)))
        .service(resource("/groups/{id}/members/{person_id}/remove").route(post().to(groups::remove_member)))
        .service(resource("/groups/{id}/leave").route(post().to(groups::leave)))
        .service(resource("/groups/{id}/data.json").route(get().to(groups::download_data)))
        .service(
            resource("/groups/{id}/equality")
                .route(get().to(groups::equality_form))
                .route(post().to(groups::save_equality)),
        )
        .service(resource("/groups/{id}/equality/clear").route(post().to(groups::clear_equality)))
        .service(
            resource("/invitations/{token}")
                .route(get().to(groups::invitation))
                .route(post().to(groups::accept_invitation)),
        );
}

fn bid_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/rounds/{slug}/bids/new").route(get().to(bids::start_form)).route(post().to(bids::start)))
        .service(resource("/bids/{id}").route(get().to(bids::show)))
        .service(resource("/bids/{id}/money").route(get().to(bids::money_form)).route(post().to(bids::save_money)))
        .service(resource("/bids/{id}/case").route(get().to(bids::case_form)).route(post().to(bids::save_case)))
        .service(
            resource("/bids/{id}/recording")
                .route(get().to(bids::recording_form))
                .route(post().to(bids::upload_recording)),
        )
        .service(resource("/bids/{id}/files").route(get().to(bids::files_form)).route(post().to(bids::upload_file)))
        .service(resource("/bids/{id}/files/{file_id}").route(get().to(bids::download_file)))
        .service(resource("/bids/{id}/files/{file_id}/remove").route(post().to(bids::remove_file)))
        .service(resource("/bids/{id}/check").route(get().to(bids::check)))
        .service(resource("/bids/{id}/submit").route(post().to(bids::submit)))
        .service(resource("/bids/{id}/sent").route(get().to(bids::sent)))
        .service(resource("/bids/{id}/withdraw").route(post().to(bids::withdraw)))
        .service(resource("/bids/{id}/accept").route(post().to(grants::accept)))
        .service(resource("/bids/{id}/decline-offer").route(post().to(grants::decline_offer)))
        .service(
            resource("/bids/{id}/report").route(get().to(grants::report_form)).route(post().to(grants::submit_report)),
        )
        .service(resource("/bids/{id}/report/recording").route(get().to(grants::report_recording)))
        .service(resource("/confirm-bid/{token}").route(get().to(bids::confirm_page)).route(post().to(bids::confirm)));
}

fn review_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(resource("/panel").route(get().to(panel::queue)))
        .service(resource("/panel/bids/{id}").route(get().to(panel::show)))
        .service(resource("/panel/bids/{id}/review").route(post().to(panel::save_review)))
        .service(resource("/panel/bids/{id}/conflict").route(post().to(panel::declare_conflict)))
        .service(resource("/panel/bids/{id}/files/{file_id}").route(get().to(panel::download_file)))
        .service(resource("/manage/bids/{id}").route(get().to(decisions::show_bid)))
        .service(resource("/manage/bids/{id}/files/{file_id}").route(get().to(decisions::download_file)))
        .service(resource("/manage/bids/{id}/report/recording").route(get().to(decisions::report_recording)))
        .service(resource("/manage/bids/{id}/return").route(post().to(decisions::return_bid)))
        .service(resource("/manage/bids/{id}/ineligible").route(post().to(decisions::mark_ineligible)))
        .service(resource("/manage/bids/{id}/start-review").route(post().to(decisions::start_review)))
        .service(resource("/manage/bids/{id}/assign").route(post().to(decisions::assign)))
        .service(resource("/manage/bids/{id}/award").route(post().to(decisions::award)))
        .service(resource("/manage/bids/{id}/decline").route(post().to(decisions::decline)))
        .service(resource("/manage/bids/{id}/waitlist").route(post().to(decisions::waitlist)))
        .service(resource("/manage/bids/{id}/payments").route(post().to(decisions::record_payment)))
        .service(resource("/manage/bids/{id}/cancel").route(post().to(decisions::cancel)))
        .service(resource("/manage/bids/{id}/complete").route(post().to(decisions::complete)))
        .service(resource("/manage/rounds/{id}/assign-panels").route(post().to(decisions::assign_panels)))
        .service(resource("/manage/rounds/{id}/start-reviews").route(post().to(decisions::start_reviews)))
        .service(resource("/manage/rounds/{id}/close-panel").route(post().to(decisions::close_panel)))
        .service(resource("/manage/rounds/{id}/ranking").route(get().to(decisions::ranking_page)))
        .service(resource("/manage/rounds/{id}/ranking.csv").route(get().to(decisions::ranking_csv)))
        .service(resource("/manage/rounds/{id}/decisions").route(post().to(decisions::decide_selected)));
}
