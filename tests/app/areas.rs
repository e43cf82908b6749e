//! The programme's own list of areas: the lead's page, free-text areas mapped, the equity
//! report counted by them (and rebuilt here from the bids), and who is above and below the
//! funding line on the lead's ranking.

use std::collections::BTreeMap;

use diesel::prelude::*;
use smallgrants::db::schema::{
    area_mappings, audit_events, awards, bid_areas, bid_sent_profiles, bids, community_groups, payments,
    programme_areas, rounds,
};
use smallgrants::i18n::Tr;

use crate::common::TestApp;
use crate::common::reviewing::SentRound;
use crate::common::setup::Scheme;
use crate::on_both_databases;

/// Adds an area through the lead's page; answers its id.
async fn add_area(app: &TestApp, programme: i64, name: &str, postcodes: &str) -> i64 {
    let fields = [("name", name), ("kind", "ward"), ("postcodes", postcodes)];
    let added = app.submit(&format!("/manage/programmes/{programme}/areas"), &fields).await;
    assert_eq!(added.status, 303, "{}", added.text());
    let name = name.to_string();
    app.db(move |conn| {
        programme_areas::table
            .filter(programme_areas::programme_id.eq(programme).and(programme_areas::name.eq(name)))
            .select(programme_areas::id)
            .first::<i64>(conn)
            .unwrap()
    })
    .await
}

/// Says which of the programme's areas a draft serves, through the bid's "About the money" form
/// (its other answers as `complete_bid` gave them).
async fn serves(app: &TestApp, bid: i64, areas: &[i64], elsewhere: bool) {
    let response = app.save_bid_part(bid, "money", &as_fields(&money_with_areas(areas, elsewhere))).await;
    assert_eq!(response.status, 303, "{}", response.text());
}

fn money_with_areas(areas: &[i64], elsewhere: bool) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("title", "Walk and talk".into()),
        ("summary", "Weekly sessions".into()),
        ("amount_requested", "2500".into()),
        ("purpose", "Room hire and tea".into()),
        ("area_asked", "yes".into()),
    ];
    fields.extend(areas.iter().map(|area| ("area", area.to_string())));
    if elsewhere {
        fields.push(("area", "elsewhere".into()));
    }
    fields
}

fn as_fields<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(name, value)| (*name, value.as_str())).collect()
}

async fn set_group_area(app: &TestApp, group: i64, area: &str) {
    let area = area.to_string();
    app.db(move |conn| {
        diesel::update(community_groups::table.find(group)).set(community_groups::area.eq(area)).execute(conn).unwrap()
    })
    .await;
}

async fn events(app: &TestApp, action: &'static str) -> i64 {
    app.db(move |conn| audit_events::table.filter(audit_events::action.eq(action)).count().get_result(conn).unwrap())
        .await
}

async fn a_lead_keeps_the_programmes_list_of_areas(app: TestApp) {
    let scheme = app.programme_with_round("Areas Fund", "areas-lead@example.org").await;
    let programme = scheme.programme_id;
    let base = format!("/manage/programmes/{programme}/areas");
    let overview = app.get(&format!("/manage/programmes/{programme}")).await.text();
    assert!(overview.contains(&format!(r#"href="{base}""#)), "linked from the programme's page");
    assert!(app.get(&base).await.text().contains("The programme has no areas yet"));

    // A bad area: told at the fields, what was typed kept, nothing saved.
    let refused = app.submit(&base, &[("name", ""), ("kind", "ward"), ("postcodes", "B11 1, 9XX")]).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(
        text.contains("There is a problem") && text.contains("Enter the area&#39;s name")
            || text.contains("Enter the area's name"),
        "{text}"
    );
    assert!(text.contains("9XX is not a postcode district"), "{text}");
    assert!(text.contains("B11 1, 9XX"), "the postcodes are kept");
    assert_eq!(events(&app, "area_added").await, 0);

    let sparkbrook = add_area(&app, programme, "Sparkbrook", "b11 1 B12").await;
    let aston = add_area(&app, programme, "Aston", "B6").await;
    let list = app.get(&base).await.text();
    assert!(list.contains("Sparkbrook") && list.contains("B11 1, B12") && list.contains("Aston"), "{list}");
    let taken = app.submit(&base, &[("name", "aston"), ("kind", "ward"), ("postcodes", "")]).await;
    assert_eq!(taken.status, 422);
    assert!(taken.text().contains("already has an area called aston"));

    // Renamed: bids that serve it keep it.
    let renamed = app
        .submit(
            &format!("{base}/{sparkbrook}"),
            &[("name", "Sparkbrook and Balsall Heath"), ("kind", "neighbourhood"), ("postcodes", "B11 1, B12")],
        )
        .await;
    assert_eq!(renamed.status, 303, "{}", renamed.text());
    assert!(app.get(&base).await.text().contains("Sparkbrook and Balsall Heath"));
    assert_eq!(events(&app, "area_changed").await, 1);

    // A bid serves Sparkbrook: it cannot be removed; Aston can.
    let (_, bid) = app.applicant_with_draft(&scheme, "areas-applicant@example.org").await;
    serves(&app, bid, &[sparkbrook], false).await;
    app.switch_to("areas-lead@example.org").await;
    let in_use = app.submit(&format!("{base}/{sparkbrook}/remove"), &[]).await;
    assert_eq!(in_use.status, 409);
    assert!(
        in_use.text().contains("Sparkbrook and Balsall Heath cannot be removed: 1 bid serves it"),
        "{}",
        in_use.text()
    );
    assert_eq!(app.submit(&format!("{base}/{aston}/remove"), &[]).await.status, 303);
    let left: Vec<String> = app
        .db(move |conn| {
            programme_areas::table
                .filter(programme_areas::programme_id.eq(programme))
                .select(programme_areas::name)
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(left, ["Sparkbrook and Balsall Heath"]);
    assert_eq!((events(&app, "area_added").await, events(&app, "area_removed").await), (2, 1));

    // Another programme's lead: not theirs, whatever the ids.
    app.clear_cookies();
    app.programme_with_lead("Other Areas", "other-areas-lead@example.org").await;
    assert_eq!(app.get(&base).await.status, 403);
    assert_eq!(app.submit(&base, &[("name", "Mine"), ("kind", "ward"), ("postcodes", "")]).await.status, 403);
    assert_eq!(app.submit(&format!("{base}/{sparkbrook}/remove"), &[]).await.status, 403);
    let fields = [("free_text", "Sparkbrook"), ("area", &sparkbrook.to_string()[..])];
    assert_eq!(app.submit(&format!("{base}/map"), &fields).await.status, 403);
    let (other_programme, _) = app
        .db(|conn| {
            smallgrants::programmes::queries::find_by_slug(conn, "other-areas").unwrap().map(|p| (p.id, ())).unwrap()
        })
        .await;
    let theirs = format!("/manage/programmes/{other_programme}/areas/{sparkbrook}");
    assert_eq!(app.get(&theirs).await.status, 404, "an area of another programme");
    assert_eq!(app.submit(&format!("{theirs}/remove"), &[]).await.status, 404);
    assert_eq!(events(&app, "area_removed").await, 1);
}

/// A page's tables of figures: (table, row) → per stage (count, pence).
type Figures = BTreeMap<(String, String), Vec<(i64, i64)>>;

fn unescape(text: &str) -> String {
    text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

fn pence(money: &str) -> i64 {
    let digits: String = money.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let (pounds, pence) = digits.split_once('.').unwrap_or((&digits, "0"));
    pounds.parse::<i64>().unwrap() * 100 + format!("{pence:0<2}").parse::<i64>().unwrap()
}

/// Reads every figure of the served equity report.
fn figures_on(page: &str) -> Figures {
    let heading = regex_lite::Regex::new(r#"<h2 class="heading-m">([^<]*)</h2>"#).unwrap();
    let row =
        regex_lite::Regex::new(r#"<tr><th scope="row">([^<]*)</th>((?:<td class="numeric">.*?</td>)+)</tr>"#).unwrap();
    let cell =
        regex_lite::Regex::new(r#"<td class="numeric">(\d+)<br><span class="secondary-text">([^<]*)</span></td>"#)
            .unwrap();
    let titles: Vec<(usize, String)> =
        heading.captures_iter(page).map(|c| (c.get(0).unwrap().start(), unescape(&c[1]))).collect();
    let mut figures = Figures::new();
    for (index, (start, title)) in titles.iter().enumerate() {
        let end = titles.get(index + 1).map_or(page.len(), |next| next.0);
        for found in row.captures_iter(&page[*start..end]) {
            let cells: Vec<(i64, i64)> =
                cell.captures_iter(&found[2]).map(|c| (c[1].parse().unwrap(), pence(&c[2]))).collect();
            figures.insert((title.clone(), unescape(&found[1])), cells);
        }
    }
    figures
}

/// What one sent bid is, read straight from the tables (not through the report's code).
struct Sent {
    kind: String,
    rows_by_area: Vec<String>,
    leadership: Vec<String>,
    beneficiaries: Vec<String>,
    language: String,
    /// Money at each stage reached: asked, asked, offered, paid.
    stages: Vec<i64>,
}

/// Every figure of the report, worked out from the bids, their kept profiles, the areas they
/// ticked, the lead's mappings, awards and payments.
async fn figures_from_the_bids(app: &TestApp, programme: i64) -> Figures {
    let english = Tr::source();
    type Row = (i64, String, Option<i64>, String, String, String, String, String, String, bool, String);
    let sent: Vec<Row> = app
        .db(move |conn| {
            bids::table
                .inner_join(rounds::table)
                .inner_join(bid_sent_profiles::table)
                .filter(rounds::programme_id.eq(programme))
                .filter(bids::submitted_at.is_not_null())
                .select((
                    bids::id,
                    bids::state,
                    bids::amount_requested_pence,
                    bid_sent_profiles::group_kind,
                    bid_sent_profiles::area,
                    bid_sent_profiles::leadership_status,
                    bid_sent_profiles::leadership_codes,
                    bid_sent_profiles::beneficiaries_status,
                    bid_sent_profiles::beneficiaries_codes,
                    bids::serves_elsewhere,
                    bids::language,
                ))
                .load(conn)
                .unwrap()
        })
        .await;
    let ticked: Vec<(i64, String)> = app
        .db(|conn| {
            bid_areas::table
                .inner_join(programme_areas::table)
                .select((bid_areas::bid_id, programme_areas::name))
                .load(conn)
                .unwrap()
        })
        .await;
    let mapped: Vec<(String, String)> = app
        .db(move |conn| {
            area_mappings::table
                .inner_join(programme_areas::table.on(programme_areas::id.eq(area_mappings::area_id)))
                .filter(area_mappings::programme_id.eq(programme))
                .select((area_mappings::free_text, programme_areas::name))
                .load(conn)
                .unwrap()
        })
        .await;
    let offered: Vec<(i64, i64)> =
        app.db(|conn| awards::table.select((awards::bid_id, awards::amount_pence)).load(conn).unwrap()).await;
    let paid: Vec<(i64, i64)> = app
        .db(|conn| {
            payments::table
                .inner_join(awards::table)
                .select((awards::bid_id, payments::amount_pence))
                .load(conn)
                .unwrap()
        })
        .await;
    let dei_rows = |status: &str, codes: &str| -> Vec<String> {
        match status {
            "prefer_not_to_say" => vec!["Prefer not to say".to_string()],
            "general" => vec!["Everyone (no particular groups)".to_string()],
            "answered" => {
                let mut groups: Vec<String> = Vec::new();
                for code in codes.split(',').filter(|c| !c.is_empty()) {
                    // The population group is the code's first two digits: DEI02xxxx → DEI020000.
                    let group = format!("{}0000", &code[..5]);
                    let title = smallgrants::groups::dei::title_of(&group).unwrap().to_string();
                    if !groups.contains(&title) {
                        groups.push(title);
                    }
                }
                groups
            }
            _ => vec!["Not answered (not asked, or skipped)".to_string()],
        }
    };
    let bids: Vec<Sent> = sent
        .into_iter()
        .map(|(id, state, asked, kind, typed, l_status, l_codes, b_status, b_codes, elsewhere, language)| {
            let asked = asked.unwrap_or(0);
            let mut rows_by_area: Vec<String> =
                ticked.iter().filter(|(bid, _)| *bid == id).map(|(_, n)| n.clone()).collect();
            if elsewhere {
                rows_by_area.push("Somewhere else".into());
            }
            if rows_by_area.is_empty() {
                let key = typed.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                rows_by_area.push(match mapped.iter().find(|(text, _)| *text == key) {
                    Some((_, name)) => name.clone(),
                    None => {
                        let mut chars = key.chars();
                        let capital: String = chars.next().unwrap().to_uppercase().chain(chars).collect();
                        format!("Not on the programme's list: {capital}")
                    }
                });
            }
            let offer = offered.iter().find(|(bid, _)| *bid == id).map(|(_, amount)| *amount);
            let paid: i64 = paid.iter().filter(|(bid, _)| *bid == id).map(|(_, amount)| amount).sum();
            let mut stages = vec![asked];
            if state != "submitted" && state != "returned" && state != "ineligible" && state != "withdrawn" {
                stages.push(asked);
            }
            if let Some(offer) = offer {
                stages.push(offer);
            }
            if paid > 0 {
                stages.push(paid);
            }
            let kind = smallgrants::groups::GroupKind::parse(&kind).unwrap().label_key();
            Sent {
                kind: english.t(kind),
                rows_by_area,
                leadership: dei_rows(&l_status, &l_codes),
                beneficiaries: dei_rows(&b_status, &b_codes),
                language: if language == "en" { "English".into() } else { language },
                stages,
            }
        })
        .collect();
    let mut figures = Figures::new();
    let mut add = |table: &str, row: &str, bid: &Sent| {
        let cells = figures.entry((table.to_string(), row.to_string())).or_insert_with(|| vec![(0, 0); 4]);
        for (stage, money) in bid.stages.iter().enumerate() {
            cells[stage].0 += 1;
            cells[stage].1 += money;
        }
    };
    for bid in &bids {
        add("All bids", "All sent bids", bid);
        add("Kind of group", &bid.kind, bid);
        bid.rows_by_area.iter().for_each(|area| add("Area", area, bid));
        bid.leadership.iter().for_each(|row| add("Who leads the group", row, bid));
        bid.beneficiaries.iter().for_each(|row| add("Who the group serves", row, bid));
        // Each group here sends one bid: every one is first-time.
        add("First-time or returning", "First-time applicant", bid);
        add("Language of the bid", &bid.language, bid);
    }
    figures
}

/// Four bids serving the programme's areas in every way a bid can, at every stage; every
/// figure of the lead's report is worked out again from the bids, before and after the groups
/// change their details.
async fn the_equity_report_is_rebuilt_from_the_bids(app: TestApp) {
    let scheme: Scheme = app.programme_with_round("Rebuild Fund", "rebuild-lead@example.org").await;
    let programme = scheme.programme_id;
    let sparkbrook = add_area(&app, programme, "Sparkbrook", "B11 1").await;
    let aston = add_area(&app, programme, "Aston", "B6").await;
    let northfield = add_area(&app, programme, "Northfield", "B31").await;

    // A serves Sparkbrook and Aston and says who leads it; B serves Aston and somewhere else;
    // C (sent before the list, say) typed "northfield  Ward"; D typed "Kings Heath"; E never sent.
    let (a_group, a) = app.applicant_with_draft(&scheme, "rebuild-a@example.org").await;
    let answers = [
        ("leadership_status", "answered"),
        ("leadership_codes", "DEI020000"),
        ("leadership_codes", "DEI010110"),
        ("beneficiaries_status", "prefer_not_to_say"),
    ];
    assert_eq!(app.submit(&format!("/groups/{a_group}/equality"), &answers).await.status, 303);
    serves(&app, a, &[sparkbrook, aston], false).await;
    let (_, b) = app.applicant_with_draft(&scheme, "rebuild-b@example.org").await;
    serves(&app, b, &[aston], true).await;
    app.db(move |conn| {
        diesel::update(bids::table.find(b)).set(bids::amount_requested_pence.eq(180_050)).execute(conn).unwrap()
    })
    .await;
    let (c_group, c) = app.applicant_with_draft(&scheme, "rebuild-c@example.org").await;
    set_group_area(&app, c_group, "northfield  Ward").await;
    let (d_group, d) = app.applicant_with_draft(&scheme, "rebuild-d@example.org").await;
    set_group_area(&app, d_group, "Kings Heath").await;
    app.applicant_with_draft(&scheme, "rebuild-e@example.org").await;
    for (email, bid) in [
        ("rebuild-a@example.org", a),
        ("rebuild-b@example.org", b),
        ("rebuild-c@example.org", c),
        ("rebuild-d@example.org", d),
    ] {
        app.switch_to(email).await;
        assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
    }

    // The lead maps C's typed area, passes the bids to the panel, offers A and B, pays A.
    app.switch_to("rebuild-lead@example.org").await;
    let unmapped = app.get(&format!("/manage/programmes/{programme}/areas")).await.text();
    assert!(unmapped.contains("northfield Ward") && unmapped.contains("Kings Heath"), "{unmapped}");
    let fields = [("free_text", "northfield Ward"), ("area", &northfield.to_string()[..])];
    assert_eq!(app.submit(&format!("/manage/programmes/{programme}/areas/map"), &fields).await.status, 303);
    assert_eq!(events(&app, "area_mapped").await, 1);
    let mapped = app.get(&format!("/manage/programmes/{programme}/areas")).await.text();
    assert!(mapped.contains("Bids in northfield Ward now count under Northfield."), "{mapped}");
    assert!(!mapped.contains(r#"<th scope="row" dir="auto">northfield Ward</th>"#), "no longer to map");
    assert!(mapped.contains(r#"<th scope="row" dir="auto">Kings Heath</th>"#));
    let round = SentRound { scheme, bids: vec![a, b, c, d], lead_email: "rebuild-lead@example.org".into() };
    app.to_the_panel(&round).await;
    for (bid, amount) in [(a, "2000"), (b, "1500.50")] {
        let fields = [("amount", amount), ("conditions", "None"), ("payment_plan", "All at once")];
        assert_eq!(app.submit(&format!("/manage/bids/{bid}/award"), &fields).await.status, 303);
    }
    app.switch_to("rebuild-a@example.org").await;
    let acceptance = [("accepted_name", "Amina Rahman"), ("agree", "yes"), ("public", "yes")];
    assert_eq!(app.submit(&format!("/bids/{a}/accept"), &acceptance).await.status, 303);
    app.switch_to("rebuild-lead@example.org").await;
    let today = smallgrants::time::in_london(app.now()).date_naive().format("%Y-%m-%d").to_string();
    let paid = app
        .submit(
            &format!("/manage/bids/{a}/payments"),
            &[("amount", "700"), ("paid_on", &today), ("reference", "BACS 1")],
        )
        .await;
    assert_eq!(paid.status, 303, "{}", paid.text());
    app.deliver_emails().await;

    let page = app.get(&format!("/manage/programmes/{programme}/equity")).await.text();
    let served = figures_on(&page);
    let rebuilt = figures_from_the_bids(&app, programme).await;
    assert_eq!(served, rebuilt, "{page}");
    // Spot checks that the rebuild is about something.
    let cell = |table: &str, row: &str| served.get(&(table.to_string(), row.to_string())).cloned();
    assert_eq!(cell("All bids", "All sent bids"), Some(vec![(4, 930_050), (4, 930_050), (2, 350_050), (1, 70_000)]));
    assert_eq!(cell("Area", "Aston"), Some(vec![(2, 430_050), (2, 430_050), (2, 350_050), (1, 70_000)]));
    assert_eq!(cell("Area", "Northfield").map(|c| c[0]), Some((1, 250_000)), "mapped");
    assert_eq!(cell("Area", "Not on the programme's list: Kings heath").map(|c| c[0]), Some((1, 250_000)));
    assert_eq!(cell("Area", "Somewhere else").map(|c| c[2]), Some((1, 150_050)));
    assert!(page.contains("A bid that serves several areas is counted under each"));

    // The groups change their answers and areas after sending: not one figure moves.
    app.switch_to("rebuild-a@example.org").await;
    let changed = [("leadership_status", "general"), ("beneficiaries_status", "general")];
    assert_eq!(app.submit(&format!("/groups/{a_group}/equality"), &changed).await.status, 303);
    set_group_area(&app, a_group, "Aston").await;
    set_group_area(&app, d_group, "Northfield").await;
    let refused = app.save_bid_part(a, "money", &[("title", "Changed"), ("amount_requested", "9000")]).await;
    assert_ne!(refused.status, 303, "a sent bid is not edited");
    app.switch_to("rebuild-lead@example.org").await;
    let after = figures_on(&app.get(&format!("/manage/programmes/{programme}/equity")).await.text());
    assert_eq!(after, served);
}

/// The lead sees who is above and below the funding line under the ranking; the panel does not.
async fn the_lead_sees_who_is_above_and_below_the_line(app: TestApp) {
    // Eight bids of £12,000 in a round of £60,000: five above the line, three below.
    let round = app.round_with_sent_bids("Line Fund", 8).await;
    let ids = round.bids.clone();
    app.db(move |conn| {
        diesel::update(bids::table.filter(bids::id.eq_any(ids)))
            .set(bids::amount_requested_pence.eq(1_200_000))
            .execute(conn)
            .unwrap()
    })
    .await;
    app.to_the_panel(&round).await;
    let round_id = round.scheme.round_id;
    let page = app.get(&format!("/manage/rounds/{round_id}/ranking")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Who is above and below the funding line"), "{text}");
    assert!(text.contains("Above the line") && text.contains("Below the line"));
    let cells = |label: &str| -> String {
        let start = text.rfind(&format!(r#"<th scope="row">{label}</th>"#)).unwrap_or_else(|| panic!("{label}"));
        text[start..start + text[start..].find("</tr>").unwrap()].to_string()
    };
    // Every group is a faith group, first-time, and did not say who leads it: 5 above, and the
    // 3 below shown as "fewer than 5".
    let five_and_fewer =
        r#"<td class="numeric">5</td><td class="numeric"><span class="secondary-text">fewer than 5</span></td>"#;
    for row in
        ["Faith group", "First-time applicant", "Not answered (not asked, or skipped)", "All bids still to decide"]
    {
        assert!(cells(row).contains(five_and_fewer), "{row}: {}", cells(row));
    }

    // A panel member: no ranking, no profile.
    app.switch_to(&format!("panel0-{round_id}@example.org")).await;
    let panel = app.get(&format!("/manage/rounds/{round_id}/ranking")).await;
    assert!(panel.status == 403 || panel.status == 404, "{}", panel.status);
    assert!(!panel.text().contains("above and below the funding line"));
}

/// The group says where its bid serves on "About the money": offered from its postcode, kept as
/// it ticks them, shown on its answers and to the lead; only the programme's areas are kept.
async fn a_group_says_where_its_bid_serves(app: TestApp) {
    let scheme = app.programme_with_round("Places Fund", "places-lead@example.org").await;
    let programme = scheme.programme_id;
    let sparkbrook = add_area(&app, programme, "Sparkbrook", "B11 1").await;
    let aston = add_area(&app, programme, "Aston", "B6").await;
    let (group, bid) = app.applicant_with_draft(&scheme, "places-a@example.org").await;
    app.db(move |conn| {
        diesel::update(community_groups::table.find(group))
            .set((community_groups::postcode.eq("B6 4AA"), community_groups::area.eq("Aston Cross")))
            .execute(conn)
            .unwrap()
    })
    .await;
    let ticked = |page: &str, area: &str| {
        let start = page.find(&format!(r#"value="{area}""#)).unwrap_or_else(|| panic!("no box for {area}"));
        page[start..start + page[start..].find('>').unwrap()].contains("checked")
    };
    let places = |bid: i64| {
        app.db(move |conn| {
            let ticked: Vec<i64> = bid_areas::table
                .filter(bid_areas::bid_id.eq(bid))
                .order(bid_areas::area_id.asc())
                .select(bid_areas::area_id)
                .load(conn)
                .unwrap();
            let elsewhere: bool = bids::table.find(bid).select(bids::serves_elsewhere).first(conn).unwrap();
            (ticked, elsewhere)
        })
    };

    // Before it has said: the area its postcode lies in is ticked for it.
    let form = app.get(&format!("/bids/{bid}/money")).await.text();
    assert!(form.contains("Which areas will your project serve?"), "{form}");
    assert!(ticked(&form, &aston.to_string()) && !ticked(&form, &sparkbrook.to_string()));
    assert!(!ticked(&form, "elsewhere") && form.contains("Somewhere else"));

    // A wrong amount: told at the field, the boxes as ticked, nothing saved.
    let mut fields = money_with_areas(&[sparkbrook], true);
    fields.retain(|(name, _)| *name != "amount_requested");
    fields.push(("amount_requested", "lots".into()));
    let refused = app.save_bid_part(bid, "money", &as_fields(&fields)).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(ticked(&text, &sparkbrook.to_string()) && ticked(&text, "elsewhere") && !ticked(&text, &aston.to_string()));
    assert_eq!(places(bid).await, (vec![], false));

    // Sparkbrook and somewhere else, with an id that is not the programme's: that one is dropped.
    let mut fields = money_with_areas(&[sparkbrook], true);
    fields.push(("area", "999999".into()));
    assert_eq!(app.save_bid_part(bid, "money", &as_fields(&fields)).await.status, 303);
    assert_eq!(places(bid).await, (vec![sparkbrook], true));
    let form = app.get(&format!("/bids/{bid}/money")).await.text();
    assert!(ticked(&form, &sparkbrook.to_string()) && !ticked(&form, &aston.to_string()), "its own answer, kept");
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(check.contains("Areas it serves") && check.contains("Sparkbrook, Somewhere else"), "{check}");

    // Nothing ticked: the group's own area stands in, and says so.
    serves(&app, bid, &[], false).await;
    assert_eq!(places(bid).await, (vec![], false));
    let check = app.get(&format!("/bids/{bid}/check")).await.text();
    assert!(
        check.contains("None ticked. The group&#39;s area: Aston Cross")
            || check.contains("None ticked. The group's area: Aston Cross"),
        "{check}"
    );

    // Someone else's group cannot touch it.
    let (_, _) = app.applicant_with_draft(&scheme, "places-b@example.org").await;
    let theirs = app.submit(&format!("/bids/{bid}/money"), &as_fields(&money_with_areas(&[aston], false))).await;
    assert_eq!(theirs.status, 404);
    assert_eq!(places(bid).await, (vec![], false));

    // Sent, the lead sees where it serves.
    app.switch_to("places-a@example.org").await;
    serves(&app, bid, &[aston, sparkbrook], false).await;
    assert_eq!(app.submit(&format!("/bids/{bid}/submit"), &[]).await.status, 303);
    app.switch_to("places-lead@example.org").await;
    let lead = app.get(&format!("/manage/bids/{bid}")).await.text();
    assert!(lead.contains("Areas it serves") && lead.contains("Aston, Sparkbrook"), "{lead}");
}

on_both_databases!(
    a_group_says_where_its_bid_serves,
    a_lead_keeps_the_programmes_list_of_areas,
    the_equity_report_is_rebuilt_from_the_bids,
    the_lead_sees_who_is_above_and_below_the_line,
);
