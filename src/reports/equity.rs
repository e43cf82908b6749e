//! The equity report's arithmetic, apart from the database: how far bids got (applied, in
//! review, awarded, paid), in numbers and money, for each kind of group, area, the groups' own
//! description of who leads them and whom they serve, and first-time against returning
//! applicants. Small numbers can be hidden for a version shared beyond the lead.
//!
//! Decisions, for readers of the report:
//! - Only bids that were sent count, at every stage: a draft withdrawn unsent never applied.
//! - A group's kind, area and equality answers are those kept with the bid when it was sent
//!   (`bids::sent_profile`): a group's later edits do not change past figures. Its first
//!   answers, given after sending, count; answers it removes are removed.
//! - A group that describes itself with codes from several population groups is counted under
//!   each, so those rows can add up to more than the total.
//! - A withdrawn bid counts as applied only, even if the panel had started on it.
//! - "Returning" means the group sent an earlier bid to the same programme.
//! - Areas are the programme's own list. A bid counts under each area it said it serves (so
//!   those rows can add up to more than the total), and under "Somewhere else" if it said so
//!   too. A bid sent before the list counts under the area the lead mapped its group's typed
//!   area to, else under "Not on the programme's list: <as typed>". A programme with no list
//!   counts bids by the area as typed.

use crate::groups::dei;
use crate::i18n::Tr;
use crate::money::Pence;

/// How far a bid got. Each stage includes the ones after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Applied,
    InReview,
    Awarded,
    Paid,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Applied, Stage::InReview, Stage::Awarded, Stage::Paid];

    /// The key of the stage's name, a column of the report.
    pub fn label_key(self) -> &'static str {
        match self {
            Stage::Applied => "reports-stage-applied",
            Stage::InReview => "reports-stage-in-review",
            Stage::Awarded => "reports-stage-awarded",
            Stage::Paid => "reports-stage-paid",
        }
    }
}

/// A group's answer to one equality question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The group has not answered (it was never asked, or skipped the questions).
    NotAnswered,
    PreferNotToSay,
    /// "We lead / serve everyone."
    General,
    /// Codes from the DEI taxonomy.
    Codes(Vec<String>),
}

/// Where a sent bid serves, as the report counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaServed {
    /// One of the programme's areas, by name (ticked with the bid, or mapped by the lead).
    Listed(String),
    /// The area the group typed, which the lead has not mapped to the programme's list.
    Unlisted(String),
    /// "Somewhere else", ticked with the bid.
    Elsewhere,
    /// The area the group typed, where the programme has no list.
    Typed(String),
}

/// What the report needs to know about one sent bid.
#[derive(Debug, Clone)]
pub struct BidFacts {
    pub bid_id: i64,
    /// The key of the group's kind (`GroupKind::label_key`).
    pub kind: &'static str,
    /// Each place the bid serves (at least one).
    pub areas: Vec<AreaServed>,
    /// The language the bid is in (`bids::language`), and the group's name for "another".
    pub language: (String, String),
    pub leadership: Answer,
    pub beneficiaries: Answer,
    pub returning: bool,
    pub reached: Stage,
    pub requested: Pence,
    pub awarded: Pence,
    pub paid: Pence,
}

impl BidFacts {
    /// The money that counts at each stage: asked for while applying and in review, then
    /// offered, then paid.
    fn money_at(&self, stage: Stage) -> Pence {
        match stage {
            Stage::Applied | Stage::InReview => self.requested,
            Stage::Awarded => self.awarded,
            Stage::Paid => self.paid,
        }
    }
}

/// A count and its money, perhaps hidden because the count is small.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figure {
    pub count: i64,
    pub money: Pence,
    pub hidden: bool,
}

/// The four stages for one row of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funnel {
    pub stages: [Figure; 4],
}

impl Funnel {
    fn add(&mut self, bid: &BidFacts) {
        for (index, stage) in Stage::ALL.iter().enumerate() {
            if bid.reached >= *stage {
                self.stages[index].count += 1;
                self.stages[index].money += bid.money_at(*stage);
            }
        }
    }

    pub fn at(&self, stage: Stage) -> Figure {
        self.stages[stage as usize]
    }
}

/// The name of a row of the report: a message (a kind of group, a population group, "not
/// answered") or an area as groups typed it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowLabel {
    Key(&'static str),
    Area(String),
    /// A language a group named itself ("another language").
    Named(String),
    /// An area a group typed that is not on the programme's list (nor mapped to it).
    Unlisted(String),
}

impl RowLabel {
    /// The row's name in the reader's language.
    pub fn text(&self, tr: Tr) -> String {
        match self {
            RowLabel::Key(key) => tr.t(key),
            RowLabel::Area(area) | RowLabel::Named(area) => area.clone(),
            RowLabel::Unlisted(area) => crate::t!(tr, "reports-equity-area-unlisted", area = area.as_str()),
        }
    }
}

/// One way of dividing the bids, as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// The key of the table's title.
    pub title: &'static str,
    /// Every bid is in exactly one row, so the rows add up to the total.
    pub partitions: bool,
    /// The key of the words that say why the rows can add up to more than the total, where
    /// they can.
    pub overlap: &'static str,
    pub rows: Vec<(RowLabel, Funnel)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EquityReport {
    pub total: Funnel,
    pub breakdowns: Vec<Breakdown>,
}

/// Counts below this are hidden in the version shared beyond the lead.
pub const SMALLEST_SHOWN: i64 = 5;

pub const NOT_ANSWERED: RowLabel = RowLabel::Key("reports-equity-not-answered");
pub const PREFER_NOT_TO_SAY: RowLabel = RowLabel::Key("reports-equity-prefer-not-to-say");
const EVERYONE: RowLabel = RowLabel::Key("reports-equity-everyone");

pub fn equity_report(bids: &[BidFacts]) -> EquityReport {
    let mut total = Funnel::default();
    bids.iter().for_each(|bid| total.add(bid));
    EquityReport {
        total,
        breakdowns: vec![
            breakdown("reports-equity-by-kind", true, bids, |bid| vec![RowLabel::Key(bid.kind)]),
            area_breakdown(bids),
            dei_breakdown("reports-equity-by-leadership", bids, |bid| &bid.leadership),
            dei_breakdown("reports-equity-by-beneficiaries", bids, |bid| &bid.beneficiaries),
            breakdown("reports-equity-by-returning", true, bids, returning_rows),
            breakdown("reports-equity-by-language", true, bids, |bid| {
                vec![language_label(&bid.language.0, &bid.language.1)]
            }),
        ],
    }
}

/// One row per label `rows_of` gives, largest first (a bid may give several labels).
fn breakdown(
    title: &'static str,
    partitions: bool,
    bids: &[BidFacts],
    rows_of: impl Fn(&BidFacts) -> Vec<RowLabel>,
) -> Breakdown {
    let mut rows: Vec<(RowLabel, Funnel)> = Vec::new();
    for bid in bids {
        for label in rows_of(bid) {
            let index = match rows.iter().position(|(existing, _)| *existing == label) {
                Some(index) => index,
                None => {
                    rows.push((label, Funnel::default()));
                    rows.len() - 1
                }
            };
            rows[index].1.add(bid);
        }
    }
    rows.sort_by(|a, b| b.1.at(Stage::Applied).count.cmp(&a.1.at(Stage::Applied).count).then(a.0.cmp(&b.0)));
    Breakdown { title, partitions, overlap: "reports-equity-overlap", rows }
}

/// Bids by the areas they serve: one row per area, a bid under each of its areas.
fn area_breakdown(bids: &[BidFacts]) -> Breakdown {
    let partitions = bids.iter().all(|bid| area_rows(bid).len() == 1);
    let table = breakdown("reports-equity-by-area", partitions, bids, area_rows);
    Breakdown { overlap: "reports-equity-area-overlap", ..table }
}

/// The rows a bid counts under in the table of areas (each once).
pub fn area_rows(bid: &BidFacts) -> Vec<RowLabel> {
    let mut rows: Vec<RowLabel> = Vec::new();
    for served in &bid.areas {
        let row = match served {
            AreaServed::Listed(name) => RowLabel::Area(name.clone()),
            AreaServed::Unlisted(typed) if typed_name(typed).is_empty() => {
                RowLabel::Key("reports-equity-area-not-given")
            }
            // Mapping ignores capitals, so the row does too: one row per thing to map.
            AreaServed::Unlisted(typed) => {
                RowLabel::Unlisted(crate::i18n::capitalise(&crate::programmes::areas::free_text_key(typed)))
            }
            AreaServed::Elsewhere => RowLabel::Key("reports-equity-area-elsewhere"),
            AreaServed::Typed(typed) => area_label(typed),
        };
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    if rows.is_empty() {
        rows.push(RowLabel::Key("reports-equity-area-not-given"));
    }
    rows
}

/// First-time or returning, as a row.
pub fn returning_rows(bid: &BidFacts) -> Vec<RowLabel> {
    vec![RowLabel::Key(if bid.returning { "reports-equity-returning" } else { "reports-equity-first-time" })]
}

/// A bid's language as a row: a listed language by its name's key; another language by the
/// name the group gave it (capitalised, so "tigrinya" and "Tigrinya" are one row).
fn language_label(code: &str, other: &str) -> RowLabel {
    let listed = crate::bids::language::CHOICES.iter().find(|choice| choice.code == code);
    match (code, listed) {
        (crate::bids::language::OTHER, _) if !other.trim().is_empty() => RowLabel::Named(typed_name(other)),
        (_, Some(choice)) => RowLabel::Key(choice.name_key),
        (_, None) => RowLabel::Key("bid-language-other"),
    }
}

/// Areas are typed by groups: "sparkbrook " and "Sparkbrook" are one area.
fn area_label(area: &str) -> RowLabel {
    match typed_name(area) {
        name if name.is_empty() => RowLabel::Key("reports-equity-area-not-given"),
        name => RowLabel::Area(name),
    }
}

/// A name as typed, made one row's label: spaces tidied, a capital first.
fn typed_name(typed: &str) -> String {
    crate::i18n::capitalise(&typed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The population groups named by a DEI answer (each once), or the answer's own row.
pub fn dei_rows(answer: &Answer) -> Vec<RowLabel> {
    match answer {
        Answer::NotAnswered => vec![NOT_ANSWERED],
        Answer::PreferNotToSay => vec![PREFER_NOT_TO_SAY],
        Answer::General => vec![EVERYONE],
        Answer::Codes(codes) => {
            let mut groups: Vec<RowLabel> = Vec::new();
            for code in codes {
                let group = dei::population_group_of(code)
                    .map_or(RowLabel::Key("reports-equity-other"), |group| RowLabel::Key(group.key.as_str()));
                if !groups.contains(&group) {
                    groups.push(group);
                }
            }
            if groups.is_empty() { vec![NOT_ANSWERED] } else { groups }
        }
    }
}

/// Population groups in the taxonomy's order, then "everyone", "prefer not to say" and "not
/// answered" last, so the honest gaps are always in the same place.
fn dei_breakdown(title: &'static str, bids: &[BidFacts], answer: impl Fn(&BidFacts) -> &Answer) -> Breakdown {
    let mut table = breakdown(title, false, bids, |bid| dei_rows(answer(bid)));
    table.rows.sort_by_key(|(label, _)| dei_rank(label));
    table
}

/// Where a row of a DEI table goes: population groups in the taxonomy's order, then
/// "everyone", "prefer not to say" and "not answered".
pub fn dei_rank(label: &RowLabel) -> usize {
    let order = dei::taxonomy().iter().filter(|c| c.level == 1).position(|c| *label == RowLabel::Key(c.key.as_str()));
    match order {
        Some(position) => position,
        None if *label == NOT_ANSWERED => usize::MAX,
        None if *label == PREFER_NOT_TO_SAY => usize::MAX - 1,
        None => usize::MAX - 2,
    }
}

/// The version shared beyond the lead: counts from 1 to 4 (and their money) are hidden. Where
/// a table's rows add up to the total and only one row is hidden in a column, the next smallest
/// is hidden too, so the hidden one cannot be worked out by subtraction.
pub fn hide_small_numbers(report: &mut EquityReport) {
    hide_in(&mut report.total);
    for breakdown in &mut report.breakdowns {
        for (_, funnel) in &mut breakdown.rows {
            hide_in(funnel);
        }
        if !breakdown.partitions {
            continue;
        }
        for stage in 0..Stage::ALL.len() {
            let hidden = breakdown.rows.iter().filter(|(_, f)| f.stages[stage].hidden).count();
            if hidden != 1 {
                continue;
            }
            let next = breakdown
                .rows
                .iter_mut()
                .map(|(_, f)| &mut f.stages[stage])
                .filter(|figure| !figure.hidden && figure.count > 0)
                .min_by_key(|figure| figure.count);
            if let Some(figure) = next {
                figure.hidden = true;
            }
        }
    }
}

fn hide_in(funnel: &mut Funnel) {
    for figure in &mut funnel.stages {
        if (1..SMALLEST_SHOWN).contains(&figure.count) {
            figure.hidden = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bid(kind: &'static str, area: &str, leadership: Answer, reached: Stage, returning: bool) -> BidFacts {
        let requested = Pence::from_pounds(1_000);
        BidFacts {
            bid_id: 0,
            kind,
            areas: vec![AreaServed::Typed(area.to_string())],
            language: ("en".into(), String::new()),
            leadership,
            beneficiaries: Answer::NotAnswered,
            returning,
            reached,
            requested,
            awarded: if reached >= Stage::Awarded { Pence::from_pounds(800) } else { Pence(0) },
            paid: if reached >= Stage::Paid { Pence::from_pounds(500) } else { Pence(0) },
        }
    }

    fn codes(list: &[&str]) -> Answer {
        Answer::Codes(list.iter().map(|c| c.to_string()).collect())
    }

    /// Eight bids worked through by hand:
    ///
    /// | # | kind       | area        | leadership                      | reached   | returning |
    /// |---|------------|-------------|---------------------------------|-----------|-----------|
    /// | 1 | Faith      | Sparkbrook  | racial inequity (DEI010110)     | Paid      | no        |
    /// | 2 | Faith      | sparkbrook  | racial inequity + disabled      | Awarded   | yes       |
    /// | 3 | Unreg.     | Aston       | prefer not to say               | InReview  | no        |
    /// | 4 | Unreg.     | Aston       | not answered                    | Applied   | no        |
    /// | 5 | Charity    | Aston       | general                         | Paid      | yes       |
    /// | 6 | Faith      | (blank)     | not answered                    | InReview  | no        |
    /// | 7 | Unreg.     | Sparkbrook  | disabled (DEI020000)            | Applied   | no        |
    /// | 8 | Unreg.     | Aston       | racial inequity (DEI010000)     | Awarded   | no        |
    fn fixture() -> Vec<BidFacts> {
        vec![
            bid("groups-kind-faith", "Sparkbrook", codes(&["DEI010110"]), Stage::Paid, false),
            bid("groups-kind-faith", " sparkbrook", codes(&["DEI010100", "DEI020000"]), Stage::Awarded, true),
            bid("groups-kind-unregistered", "Aston", Answer::PreferNotToSay, Stage::InReview, false),
            bid("groups-kind-unregistered", "Aston", Answer::NotAnswered, Stage::Applied, false),
            bid("groups-kind-charity", "Aston", Answer::General, Stage::Paid, true),
            bid("groups-kind-faith", "", Answer::NotAnswered, Stage::InReview, false),
            bid("groups-kind-unregistered", "Sparkbrook", codes(&["DEI020000"]), Stage::Applied, false),
            bid("groups-kind-unregistered", "Aston", codes(&["DEI010000"]), Stage::Awarded, false),
        ]
    }

    fn counts(funnel: &Funnel) -> [i64; 4] {
        funnel.stages.map(|f| f.count)
    }

    /// The row named `label` (in British English) of the table titled `table`.
    fn row<'a>(report: &'a EquityReport, table: &str, label: &str) -> &'a Funnel {
        let english = Tr::source();
        let breakdown = report.breakdowns.iter().find(|b| english.t(b.title) == table).unwrap();
        &breakdown.rows.iter().find(|(l, _)| l.text(english) == label).unwrap_or_else(|| panic!("{label} in {table}")).1
    }

    const NOT_ANSWERED_TEXT: &str = "Not answered (not asked, or skipped)";
    const PREFER_NOT_TO_SAY_TEXT: &str = "Prefer not to say";

    #[test]
    fn the_funnel_matches_the_hand_count() {
        let report = equity_report(&fixture());
        assert_eq!(counts(&report.total), [8, 6, 4, 2]);
        assert_eq!(report.total.at(Stage::Applied).money, Pence::from_pounds(8_000));
        assert_eq!(report.total.at(Stage::InReview).money, Pence::from_pounds(6_000));
        assert_eq!(report.total.at(Stage::Awarded).money, Pence::from_pounds(3_200));
        assert_eq!(report.total.at(Stage::Paid).money, Pence::from_pounds(1_000));

        assert_eq!(counts(row(&report, "Kind of group", "Community group (not registered)")), [4, 2, 1, 0]);
        assert_eq!(counts(row(&report, "Kind of group", "Faith group")), [3, 3, 2, 1]);
        assert_eq!(counts(row(&report, "Kind of group", "Registered charity")), [1, 1, 1, 1]);

        assert_eq!(counts(row(&report, "Area", "Aston")), [4, 3, 2, 1]);
        assert_eq!(counts(row(&report, "Area", "Sparkbrook")), [3, 2, 2, 1], "typed two ways, one area");
        assert_eq!(counts(row(&report, "Area", "Not given")), [1, 1, 0, 0]);

        let racial = "Communities experiencing racial inequity";
        assert_eq!(counts(row(&report, "Who leads the group", racial)), [3, 3, 3, 1]);
        let disabled = dei::title_of("DEI020000").unwrap();
        assert_eq!(counts(row(&report, "Who leads the group", disabled)), [2, 1, 1, 0], "bid 2 counts under both");
        assert_eq!(counts(row(&report, "Who leads the group", PREFER_NOT_TO_SAY_TEXT)), [1, 1, 0, 0]);
        assert_eq!(counts(row(&report, "Who leads the group", NOT_ANSWERED_TEXT)), [2, 1, 0, 0]);
        assert_eq!(counts(row(&report, "Who leads the group", "Everyone (no particular groups)")), [1, 1, 1, 1]);
        let leadership = &report.breakdowns[2];
        assert_eq!(leadership.rows.last().unwrap().0, NOT_ANSWERED, "the honest gap is last");
        assert_eq!(counts(row(&report, "Who the group serves", NOT_ANSWERED_TEXT)), [8, 6, 4, 2]);

        assert_eq!(counts(row(&report, "First-time or returning", "Returning applicant")), [2, 2, 2, 1]);
        assert_eq!(counts(row(&report, "First-time or returning", "First-time applicant")), [6, 4, 2, 1]);
    }

    #[test]
    fn small_numbers_are_hidden_and_cannot_be_worked_out() {
        let mut report = equity_report(&fixture());
        hide_small_numbers(&mut report);
        assert!(!report.total.at(Stage::Applied).hidden, "8 is shown");
        assert!(report.total.at(Stage::Paid).hidden, "2 is hidden");
        let returning = row(&report, "First-time or returning", "Returning applicant");
        assert!(returning.at(Stage::Applied).hidden);
        // Only "returning" (2) was small among applied; 6 is the only other row, so it is
        // hidden too, or 8 − 6 would give it away.
        let first_time_applied = row(&report, "First-time or returning", "First-time applicant").at(Stage::Applied);
        assert!(first_time_applied.hidden, "secondary suppression");
        assert!(row(&report, "Area", "Aston").at(Stage::Applied).hidden, "4 is under 5");
        let zero = row(&report, "Kind of group", "Community group (not registered)").at(Stage::Paid);
        assert_eq!((zero.count, zero.hidden), (0, false), "a true zero is shown");
    }

    #[test]
    fn bids_are_counted_under_each_area_they_serve() {
        let mut bids = fixture();
        bids[0].areas = vec![AreaServed::Listed("Sparkbrook".into()), AreaServed::Listed("Aston".into())];
        bids[1].areas = vec![AreaServed::Listed("Sparkbrook".into()), AreaServed::Elsewhere];
        bids[2].areas = vec![AreaServed::Unlisted(" northfield  ward".into())];
        bids[3].areas = vec![AreaServed::Unlisted("Northfield Ward".into())];
        let report = equity_report(&bids);
        let areas = report.breakdowns.iter().find(|b| b.title == "reports-equity-by-area").expect("a table");
        assert!(!areas.partitions, "bid 1 counts twice");
        assert_eq!(areas.overlap, "reports-equity-area-overlap");
        assert_eq!(counts(row(&report, "Area", "Sparkbrook")), [3, 2, 2, 1], "bids 1, 2 and 7");
        assert_eq!(counts(row(&report, "Area", "Somewhere else")), [1, 1, 1, 0]);
        assert_eq!(counts(row(&report, "Area", "Not on the programme's list: Northfield ward")), [2, 1, 0, 0]);
        assert_eq!(counts(row(&report, "Area", "Aston")), [3, 3, 3, 2], "bids 1, 5 and 8");
    }

    #[test]
    fn bids_are_counted_by_their_language() {
        let mut bids = fixture();
        bids[0].language = ("pl".into(), String::new());
        bids[1].language = ("other".into(), " tigrinya ".into());
        bids[2].language = ("other".into(), "Tigrinya".into());
        let report = equity_report(&bids);
        let languages = report.breakdowns.iter().find(|b| b.title == "reports-equity-by-language").expect("a table");
        assert!(languages.partitions, "every bid in one row");
        let count =
            |label: &RowLabel| languages.rows.iter().find(|(l, _)| l == label).map(|(_, f)| f.at(Stage::Applied).count);
        assert_eq!(count(&RowLabel::Key("bid-language-pl")), Some(1));
        assert_eq!(count(&RowLabel::Named("Tigrinya".into())), Some(2), "one row, however it was typed");
        let english = i64::try_from(bids.len()).expect("count") - 3;
        assert_eq!(count(&RowLabel::Key("bid-language-en")), Some(english));
    }
}
