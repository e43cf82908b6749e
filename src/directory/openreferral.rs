//! The directory in the Open Referral UK format (the UK profile of HSDS 3.0), for social
//! prescribers' and link workers' tools: a listing is a *service*, its group the service's
//! *organization*, its venue (or "online") a *location*, and the directory's categories the
//! *terms* of one *taxonomy*. Pure: listings and their parts in, JSON values out; the handlers
//! in `web::handlers::openreferral` fetch and page.
//!
//! Only what the directory already shows the public is mapped. The group's own contact name,
//! email and phone never reach this module (see [`Provider`]); the service's contact is the
//! listing's, which its group wrote to be published.
//!
//! Where the profile has no field for something the directory holds (a language's name, a
//! service's phone number), the field HSDS 3.0 itself defines is used: the profile's schemas
//! allow further properties, and consumers of HSDS read them.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::model::{Category, HowToJoin, Listing, Schedule};
use super::queries::Provider;
use crate::groups::model::GroupKind;

/// The HSDS version the API serves (`GET /openreferral/`).
pub const HSDS_VERSION: &str = "3.0";
/// Where the profile is described, and the API definition it follows.
pub const PROFILE_URL: &str = "https://github.com/openreferral/uk-profile";
pub const OPENAPI_URL: &str = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

/// The one taxonomy: the categories the site admin keeps for the directory.
pub const TAXONOMY_NAME: &str = "Community directory categories";
const TAXONOMY_DESCRIPTION: &str =
    "The categories groups file their activities under in this portal's community directory.";

/// Identifiers for everything the API publishes, as HSDS wants them: UUIDs.
///
/// Each is a UUID v5 (a SHA-1 name-based UUID, RFC 9562) of a name such as `listing:42` in a
/// namespace that is itself the v5 UUID of the portal's base URL in the standard URL namespace.
/// So the same listing keeps the same id for as long as the portal keeps its address, with no
/// column to store it, and two portals' feeds merged by an aggregator never share an id. The
/// cost is that an id cannot be turned back into a listing's number: the API finds it among the
/// public listings' ids (see [`Ids::find`]).
#[derive(Debug, Clone)]
pub struct Ids {
    namespace: Uuid,
}

impl Ids {
    pub fn for_site(base_url: &str) -> Ids {
        Ids { namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, base_url.trim_end_matches('/').as_bytes()) }
    }

    fn make(&self, name: &str) -> String {
        Uuid::new_v5(&self.namespace, name.as_bytes()).to_string()
    }

    pub fn service(&self, listing_id: i64) -> String {
        self.make(&format!("listing:{listing_id}"))
    }

    /// A part of a listing's service (`location`, `schedule`, `language:urdu` …).
    fn part(&self, listing_id: i64, part: &str) -> String {
        self.make(&format!("listing:{listing_id}:{part}"))
    }

    pub fn organization(&self, group_id: i64) -> String {
        self.make(&format!("group:{group_id}"))
    }

    pub fn taxonomy(&self) -> String {
        self.make("taxonomy:directory-categories")
    }

    pub fn term(&self, category_id: i64) -> String {
        self.make(&format!("category:{category_id}"))
    }

    /// Which of `candidates` (numbers) has the id `wanted` under `id_of`. Ids are compared as
    /// UUIDs, so upper-case or braced forms of the same id are found too.
    pub fn find(&self, wanted: &str, candidates: &[i64], id_of: impl Fn(&Ids, i64) -> String) -> Option<i64> {
        let wanted = Uuid::parse_str(wanted.trim()).ok()?.to_string();
        candidates.iter().copied().find(|&candidate| id_of(self, candidate) == wanted)
    }
}

/// What every mapping needs beyond the rows: the ids and the portal's address for links.
#[derive(Debug, Clone)]
pub struct Site {
    pub ids: Ids,
    /// Without a trailing slash.
    base_url: String,
}

impl Site {
    pub fn new(base_url: &url::Url) -> Site {
        let base_url = base_url.as_str().trim_end_matches('/').to_string();
        Site { ids: Ids::for_site(&base_url), base_url }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

/// The public page of a listing, linked as the service's `url` when the listing has no website
/// of its own.
pub fn listing_page_path(listing_id: i64) -> String {
    format!("/directory/{listing_id}")
}

/// `GET /openreferral/`: which HSDS version and profile the API follows.
pub fn api_metadata() -> Value {
    json!({ "version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": OPENAPI_URL })
}

/// A page of results as the API's `Page` object, with `contents`.
pub fn page(contents: Vec<Value>, total_items: i64, paging: Paging) -> Value {
    let total_pages = (total_items + paging.per_page - 1) / paging.per_page;
    json!({
        "total_items": total_items,
        "total_pages": total_pages,
        "page_number": paging.page,
        "size": contents.len(),
        "first_page": paging.page == 1,
        "last_page": paging.page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// A service in a list: its one-to-one fields and its organization's, nothing nested in
/// arrays (the profile's `service_list` shape).
pub fn service_summary(listing: &Listing, provider: &Provider, site: &Site) -> Value {
    let mut service = service_fields(listing, provider, site);
    service.insert("organization".into(), Value::Object(organization_fields(provider, site)));
    Value::Object(service)
}

/// A service with everything known about it (the profile's `service` shape): organization,
/// locations, schedule, languages, costs, contacts, areas and taxonomy terms.
pub fn service(listing: &Listing, provider: &Provider, categories: &[Category], site: &Site) -> Value {
    let mut service = service_fields(listing, provider, site);
    let mut organization = organization_fields(provider, site);
    organization.insert("organization_identifiers".into(), organization_identifiers(provider, site).into());
    service.insert("organization".into(), Value::Object(organization));
    service.insert("schedules".into(), json!([schedule(listing, site)]));
    service.insert("service_areas".into(), service_areas(listing, provider, site).into());
    service.insert("service_at_locations".into(), service_at_locations(listing, site).into());
    service.insert("languages".into(), languages(listing, site).into());
    service.insert("cost_options".into(), json!([cost_option(listing, site)]));
    service.insert("contacts".into(), contacts(listing, site).into());
    service.insert("phones".into(), phones(listing, site).into());
    let attributes: Vec<Value> = categories.iter().map(|category| attribute(listing, category, site)).collect();
    service.insert("attributes".into(), attributes.into());
    Value::Object(service)
}

fn service_fields(listing: &Listing, provider: &Provider, site: &Site) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("id".into(), json!(site.ids.service(listing.id)));
    fields.insert("organization_id".into(), json!(site.ids.organization(listing.group_id)));
    fields.insert("name".into(), json!(listing.name));
    fields.insert("description".into(), json!(listing.description));
    let url = absolute_url(&listing.website).unwrap_or_else(|| site.url(&listing_page_path(listing.id)));
    fields.insert("url".into(), json!(url));
    if !listing.contact_email.is_empty() {
        fields.insert("email".into(), json!(listing.contact_email));
    }
    // Only public listings are mapped: anything else is not served at all.
    fields.insert("status".into(), json!("active"));
    let (minimum_age, maximum_age) = age_range(&listing.ages);
    if let Some(age) = minimum_age {
        fields.insert("minimum_age".into(), json!(age));
    }
    if let Some(age) = maximum_age {
        fields.insert("maximum_age".into(), json!(age));
    }
    fields.insert("assured_date".into(), json!(date(listing.confirmed_at.date())));
    fields.insert("last_modified".into(), json!(date_time(last_modified(listing, provider))));
    fields
}

/// When anything the service's record shows last changed: the listing's answers or status, its
/// confirmation (the record's `assured_date`), or its group (the `organization`). The
/// `modified_after` filter asks the same of the database (`queries::public_page`).
pub fn last_modified(listing: &Listing, provider: &Provider) -> NaiveDateTime {
    listing.updated_at.max(listing.confirmed_at).max(provider.updated_at)
}

/// The organization's one-to-one fields: never an email (the group's address is private).
fn organization_fields(provider: &Provider, site: &Site) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("id".into(), json!(site.ids.organization(provider.id)));
    fields.insert("name".into(), json!(provider.name));
    fields.insert("description".into(), json!(organization_description(provider)));
    if let Some(website) = absolute_url(&provider.website) {
        fields.insert("website".into(), json!(website));
    }
    fields
}

/// Groups write no description of themselves for the directory: the profile requires one, so it
/// says what kind of group it is and where it works, as the group told the portal.
fn organization_description(provider: &Provider) -> String {
    let kind = match GroupKind::parse(&provider.kind) {
        Some(GroupKind::Unregistered) => "Community group",
        Some(GroupKind::Faith) => "Faith group",
        Some(GroupKind::Charity) => "Registered charity",
        Some(GroupKind::Cio) => "Charitable incorporated organisation",
        Some(GroupKind::Cic) => "Community interest company",
        Some(GroupKind::CommunityBenefitSociety) => "Community benefit society",
        Some(GroupKind::SocialEnterprise) => "Social enterprise",
        Some(GroupKind::Other) | None => "Community organisation",
    };
    match provider.area.trim() {
        "" => kind.to_string(),
        area => format!("{kind} working in {area}"),
    }
}

/// The group's charity and company numbers, under the org-id.guide schemes 360Giving uses too.
fn organization_identifiers(provider: &Provider, site: &Site) -> Vec<Value> {
    let organization_id = site.ids.organization(provider.id);
    let charity = crate::groups::rules::charity_identifier(&provider.charity_number)
        .map(|(scheme, identifier)| ("charity", scheme, "Charity number", identifier));
    let company = Some(provider.company_number.trim())
        .filter(|number| !number.is_empty())
        .map(|number| ("company", "GB-COH", "Company number", number.to_string()));
    [charity, company]
        .into_iter()
        .flatten()
        .map(|(name, scheme, kind, identifier)| {
            json!({
                "id": site.ids.make(&format!("group:{}:{name}", provider.id)),
                "organization_id": organization_id,
                "identifier_scheme": scheme,
                "identifier_type": kind,
                "identifier": identifier,
            })
        })
        .collect()
}

/// When it happens, as an iCalendar rule where the directory knows one: a weekly activity is
/// `WEEKLY` on its day; a monthly one is `MONTHLY` with the day told in words (the directory
/// does not store "first Tuesday" as data); one on dates has only words. Times are the local
/// (UK) time as the group gave it, with no offset: it changes with summer time.
fn schedule(listing: &Listing, site: &Site) -> Value {
    let mut fields = Map::new();
    fields.insert("id".into(), json!(site.ids.part(listing.id, "schedule")));
    fields.insert("service_id".into(), json!(site.ids.service(listing.id)));
    match listing.schedule() {
        Schedule::Weekly => {
            fields.insert("freq".into(), json!("WEEKLY"));
            fields.insert("interval".into(), json!(1));
            if let Some(day) = listing.weekday.and_then(ical_day) {
                fields.insert("byday".into(), json!(day));
            }
        }
        Schedule::Monthly => {
            fields.insert("freq".into(), json!("MONTHLY"));
            fields.insert("interval".into(), json!(1));
        }
        Schedule::Dates => {}
    }
    for (key, time) in [("opens_at", &listing.starts_at), ("closes_at", &listing.ends_at)] {
        if !time.is_empty() {
            fields.insert(key.into(), json!(time));
        }
    }
    if !listing.schedule_note.is_empty() {
        fields.insert("description".into(), json!(listing.schedule_note));
    }
    fields.insert("attending_type".into(), json!(attending_type(listing)));
    Value::Object(fields)
}

const ICAL_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// `MO` … `SU` for the directory's days 1 (Monday) to 7.
fn ical_day(day: i32) -> Option<&'static str> {
    ICAL_DAYS.get(usize::try_from(day).ok()?.checked_sub(1)?).copied()
}

/// The `day` filter: a day as the schedules write it (`TU`) or its English name (`Tuesday`),
/// as the directory's day number.
pub fn parse_day(text: &str) -> Option<i32> {
    const NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let text = text.trim().to_lowercase();
    let index = ICAL_DAYS
        .iter()
        .position(|code| code.eq_ignore_ascii_case(&text))
        .or_else(|| NAMES.iter().position(|name| *name == text))?;
    i32::try_from(index + 1).ok()
}

/// How to join and where: "Drop in; in person, online".
fn attending_type(listing: &Listing) -> String {
    let join = match listing.how_to_join() {
        HowToJoin::DropIn => "Drop in",
        HowToJoin::Book => "Book first",
        HowToJoin::Referral => "By referral",
    };
    let in_person = !(listing.venue_name.is_empty() && listing.address.is_empty() && listing.postcode.is_empty());
    let ways: Vec<&str> = [(in_person, "in person"), (listing.online, "online"), (listing.by_phone, "by phone")]
        .into_iter()
        .filter(|(offered, _)| *offered)
        .map(|(_, way)| way)
        .collect();
    if ways.is_empty() { join.to_string() } else { format!("{join}; {}", ways.join(", ")) }
}

/// The area the group says it works in, which 360Giving publishes as where the money goes too.
fn service_areas(listing: &Listing, provider: &Provider, site: &Site) -> Vec<Value> {
    match provider.area.trim() {
        "" => Vec::new(),
        area => vec![json!({
            "id": site.ids.part(listing.id, "area"),
            "service_id": site.ids.service(listing.id),
            "name": area,
            "service_area": area,
        })],
    }
}

/// The venue (a physical location with its address and access features) and, for an activity
/// that also or only runs online, a virtual one.
fn service_at_locations(listing: &Listing, site: &Site) -> Vec<Value> {
    let venue = !(listing.venue_name.is_empty() && listing.address.is_empty() && listing.postcode.is_empty());
    let mut found = Vec::new();
    if venue {
        found.push(("venue", venue_location(listing, site)));
    }
    if listing.online {
        let location =
            json!({ "id": site.ids.part(listing.id, "online"), "location_type": "virtual", "name": "Online" });
        found.push(("online", location));
    }
    found
        .into_iter()
        .map(|(part, location)| {
            json!({
                "id": site.ids.part(listing.id, &format!("{part}-link")),
                "service_id": site.ids.service(listing.id),
                "location_id": location["id"],
                "location": location,
            })
        })
        .collect()
}

fn venue_location(listing: &Listing, site: &Site) -> Value {
    let location_id = site.ids.part(listing.id, "venue");
    let mut location = Map::new();
    location.insert("id".into(), json!(location_id));
    location.insert("location_type".into(), json!("physical"));
    if !listing.venue_name.is_empty() {
        location.insert("name".into(), json!(listing.venue_name));
    }
    if !(listing.address.is_empty() && listing.postcode.is_empty()) {
        location.insert("addresses".into(), json!([address(listing, &location_id, site)]));
    }
    let accessibility: Vec<Value> = listing
        .accessibility_codes()
        .into_iter()
        .filter_map(|code| Some((code, accessibility_description(code)?)))
        .map(|(code, description)| {
            json!({
                "id": site.ids.part(listing.id, &format!("accessibility:{code}")),
                "location_id": location_id,
                "description": description,
            })
        })
        .collect();
    location.insert("accessibility".into(), accessibility.into());
    Value::Object(location)
}

/// The address as typed is free text: its last line (when there are several) is taken as the
/// town, the lines before it as the street. The profile requires a region (`state_province`),
/// which UK addresses do not have: it is left empty.
fn address(listing: &Listing, location_id: &str, site: &Site) -> Value {
    let lines: Vec<&str> =
        listing.address.lines().flat_map(|line| line.split(',')).map(str::trim).filter(|l| !l.is_empty()).collect();
    let (street, city) = match lines.split_last() {
        Some((last, rest)) if !rest.is_empty() => (rest.join(", "), last.to_string()),
        _ => (lines.join(", "), String::new()),
    };
    json!({
        "id": site.ids.part(listing.id, "address"),
        "location_id": location_id,
        "address_1": street,
        "city": city,
        "state_province": "",
        "postal_code": listing.postcode,
        "country": "GB",
        "address_type": "physical",
    })
}

/// The directory's access features in words (the format is read in English, as the standard
/// is written).
fn accessibility_description(code: &str) -> Option<&'static str> {
    Some(match code {
        "step_free" => "Step-free access",
        "accessible_toilet" => "Accessible toilet",
        "hearing_loop" => "Hearing loop",
        "bsl" => "British Sign Language",
        "large_print" => "Large print",
        "quiet_space" => "Quiet space",
        _ => return None,
    })
}

/// Each language the listing names, with its ISO 639-1 code where it is a common one. The
/// profile's language has only ids; `name` and `code` are HSDS 3.0's fields.
fn languages(listing: &Listing, site: &Site) -> Vec<Value> {
    language_names(&listing.languages)
        .into_iter()
        .map(|name| {
            let mut language = Map::new();
            language
                .insert("id".into(), json!(site.ids.part(listing.id, &format!("language:{}", name.to_lowercase()))));
            language.insert("service_id".into(), json!(site.ids.service(listing.id)));
            if let Some(code) = language_code(&name) {
                language.insert("code".into(), json!(code));
            }
            language.insert("name".into(), json!(name));
            Value::Object(language)
        })
        .collect()
}

/// "English, Urdu and Punjabi" → English, Urdu, Punjabi (each once).
fn language_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in text.split([',', ';', '/', '&']).flat_map(|part| part.split(" and ")).map(str::trim) {
        if !name.is_empty() && !names.iter().any(|known| known.eq_ignore_ascii_case(name)) {
            names.push(name.to_string());
        }
    }
    names
}

fn language_code(name: &str) -> Option<&'static str> {
    const CODES: [(&str, &str); 22] = [
        ("english", "en"),
        ("welsh", "cy"),
        ("urdu", "ur"),
        ("punjabi", "pa"),
        ("bengali", "bn"),
        ("bangla", "bn"),
        ("gujarati", "gu"),
        ("hindi", "hi"),
        ("arabic", "ar"),
        ("somali", "so"),
        ("polish", "pl"),
        ("romanian", "ro"),
        ("portuguese", "pt"),
        ("spanish", "es"),
        ("french", "fr"),
        ("tamil", "ta"),
        ("turkish", "tr"),
        ("kurdish", "ku"),
        ("farsi", "fa"),
        ("persian", "fa"),
        ("pashto", "ps"),
        ("chinese", "zh"),
    ];
    let name = name.to_lowercase();
    CODES.iter().find(|(known, _)| *known == name).map(|(_, code)| *code)
}

/// Free, or what it costs: the first amount in pounds in the group's words, with the words.
fn cost_option(listing: &Listing, site: &Site) -> Value {
    let mut cost = Map::new();
    cost.insert("id".into(), json!(site.ids.part(listing.id, "cost")));
    cost.insert("service_id".into(), json!(site.ids.service(listing.id)));
    if listing.free {
        cost.insert("option".into(), json!("Free"));
        cost.insert("amount".into(), json!(0));
    } else {
        if let Some(amount) = pounds_in(&listing.cost_note) {
            cost.insert("amount".into(), json!(amount));
        }
        cost.insert("amount_description".into(), json!(listing.cost_note));
    }
    Value::Object(cost)
}

/// `£3.50 a session` → 3.5; nothing when no amount in pounds is written.
fn pounds_in(text: &str) -> Option<f64> {
    let after = &text[text.find('£')? + '£'.len_utf8()..];
    let number: String = after.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    number.replace(',', "").trim_end_matches('.').parse().ok()
}

/// The listing's named contact. Its email and phone are the service's own fields (`email`,
/// `phones`): the profile's contact has no place for them.
fn contacts(listing: &Listing, site: &Site) -> Vec<Value> {
    if listing.contact_name.is_empty() {
        return Vec::new();
    }
    vec![json!({
        "id": site.ids.part(listing.id, "contact"),
        "service_id": site.ids.service(listing.id),
        "name": listing.contact_name,
    })]
}

/// The listing's public phone number, as HSDS 3.0's `phones` of a service.
fn phones(listing: &Listing, site: &Site) -> Vec<Value> {
    if listing.contact_phone.is_empty() {
        return Vec::new();
    }
    vec![json!({
        "id": site.ids.part(listing.id, "phone"),
        "service_id": site.ids.service(listing.id),
        "number": listing.contact_phone,
    })]
}

/// A category the listing is filed under, as the link from the service to the term.
fn attribute(listing: &Listing, category: &Category, site: &Site) -> Value {
    json!({
        "id": site.ids.part(listing.id, &format!("category:{}", category.id)),
        "link_id": site.ids.service(listing.id),
        "link_entity": "service",
        "taxonomy_term_id": site.ids.term(category.id),
        "taxonomy_term": taxonomy_term(category, site),
    })
}

/// The directory's one taxonomy.
pub fn taxonomy(site: &Site) -> Value {
    json!({
        "id": site.ids.taxonomy(),
        "name": TAXONOMY_NAME,
        "description": TAXONOMY_DESCRIPTION,
        "uri": site.url("/directory"),
    })
}

/// A category as a term of the taxonomy. Categories have no description of their own: their
/// name says what they are, and the profile requires one. `code` (HSDS 3.0) is the category's
/// stable slug.
pub fn taxonomy_term(category: &Category, site: &Site) -> Value {
    json!({
        "id": site.ids.term(category.id),
        "name": category.name,
        "description": category.name,
        "code": category.slug,
        "term": category.name,
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": site.ids.taxonomy(),
    })
}

/// The ages the listing is for, when written in one of the usual ways: `18+`, `16-25`,
/// `over 50`, `50 and over`, `under 18`. Anything else (`families`) gives no range.
fn age_range(text: &str) -> (Option<u32>, Option<u32>) {
    let lower = text.to_lowercase().replace(['–', '—'], "-");
    let numbers: Vec<u32> =
        lower.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).filter_map(|n| n.parse().ok()).collect();
    match numbers[..] {
        [age] if lower.contains('+') || lower.contains("over") || lower.contains("and up") => (Some(age), None),
        [age] if lower.contains("under") => (None, Some(age.saturating_sub(1))),
        [from, to] if from <= to && (lower.contains('-') || lower.contains(" to ")) => (Some(from), Some(to)),
        _ => (None, None),
    }
}

/// A URL the feed can give as `format: uri`: absolute, http or https.
fn absolute_url(text: &str) -> Option<String> {
    let url = url::Url::parse(text.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// UTC with milliseconds, as `last_modified` asks.
fn date_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// How a list is paged, from the request's `page` and `per_page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// From 1.
    pub page: i64,
    pub per_page: i64,
}

impl Paging {
    pub const DEFAULT_PER_PAGE: i64 = 50;
    pub const MAX_PER_PAGE: i64 = 100;

    /// Paging never refuses a request: a `page` that is not a whole number of at least 1 is the
    /// first page, and `per_page` is held between 1 and [`Paging::MAX_PER_PAGE`] (the default
    /// when it is not a number). A page past the end is an empty page with the true totals, so
    /// a client walking the pages stops cleanly.
    pub fn read(page: Option<&str>, per_page: Option<&str>) -> Paging {
        let page = page.and_then(|p| p.trim().parse::<i64>().ok()).filter(|p| *p >= 1).unwrap_or(1);
        let per_page = per_page
            .and_then(|p| p.trim().parse::<i64>().ok())
            .map(|p| p.clamp(1, Paging::MAX_PER_PAGE))
            .unwrap_or(Paging::DEFAULT_PER_PAGE);
        // Far beyond any directory, and small enough that the offset cannot overflow.
        Paging { page: page.min(1_000_000), per_page }
    }

    pub fn offset(self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

/// `modified_after` as clients send it: an RFC 3339 date-time (`2026-12-01T09:00:00Z`, any
/// offset), a date-time with no offset (taken as UTC, as the portal stores times), or a date
/// (from its start, UTC). Anything else is `None`, which the API answers with 400: a filter
/// silently dropped would hand a syncing client every record as changed.
pub fn parse_modified_after(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(at.naive_utc());
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, format) {
            return Some(at);
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|day| day.and_hms_opt(0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    fn site() -> Site {
        Site::new(&url::Url::parse("https://grants.example.org/").unwrap())
    }

    fn provider() -> Provider {
        Provider {
            id: 9,
            name: "Hope Circle".into(),
            kind: "charity".into(),
            charity_number: "SC012345".into(),
            company_number: "01234567".into(),
            area: "Sparkbrook".into(),
            website: "https://hope.example.org/".into(),
            updated_at: at(1, 9),
        }
    }

    fn listing() -> Listing {
        Listing {
            id: 42,
            group_id: 9,
            status: "approved".into(),
            name: "Tuesday tea and talk".into(),
            description: "A warm room and people to talk to.".into(),
            schedule: "weekly".into(),
            weekday: Some(2),
            starts_at: "10:30".into(),
            ends_at: "12:00".into(),
            schedule_note: String::new(),
            venue_name: "St Mark's hall".into(),
            address: "12 High Street\nSparkbrook\nBirmingham".into(),
            postcode: "B11 4AA".into(),
            online: true,
            by_phone: false,
            ages: "18+".into(),
            communities: String::new(),
            languages: "English, Urdu and Punjabi".into(),
            free: false,
            cost_note: "£2.50 a session, tea included".into(),
            how_to_join: "drop_in".into(),
            accessibility: "step_free,hearing_loop".into(),
            contact_name: "Bilal".into(),
            contact_email: "tea@hope.example.org".into(),
            contact_phone: "0121 496 0001".into(),
            website: String::new(),
            confirmed_at: at(20, 9),
            stale_notice_sent_at: None,
            language: "en".into(),
            created_at: at(1, 9),
            updated_at: at(10, 9),
        }
    }

    fn peer_support() -> Category {
        Category { id: 1, slug: "peer-support".into(), name: "Peer support".into(), position: 1 }
    }

    #[test]
    fn ids_are_uuids_stable_per_site_and_distinct_per_thing() {
        let (one, again) = (site(), site());
        assert_eq!(one.ids.service(42), again.ids.service(42), "the same listing, the same id");
        assert!(Uuid::parse_str(&one.ids.service(42)).is_ok_and(|id| id.get_version_num() == 5));
        let other_portal = Site::new(&url::Url::parse("https://directory.example.net").unwrap());
        assert_ne!(one.ids.service(42), other_portal.ids.service(42));
        let ids = [one.ids.service(42), one.ids.service(43), one.ids.organization(42), one.ids.term(42)];
        assert_eq!(ids.iter().collect::<std::collections::BTreeSet<_>>().len(), 4);
        let wanted = one.ids.service(43).to_uppercase();
        assert_eq!(one.ids.find(&wanted, &[41, 42, 43], Ids::service), Some(43));
        assert_eq!(one.ids.find("not-a-uuid", &[41, 42, 43], Ids::service), None);
    }

    #[test]
    fn a_weekly_listing_maps_to_a_full_service() {
        let service = service(&listing(), &provider(), &[peer_support()], &site());
        assert_eq!(service["name"], "Tuesday tea and talk");
        assert_eq!(service["status"], "active");
        assert_eq!(service["url"], "https://grants.example.org/directory/42");
        assert_eq!(service["email"], "tea@hope.example.org");
        assert_eq!(service["minimum_age"], 18);
        assert_eq!(service["assured_date"], "2026-11-20");
        assert_eq!(service["last_modified"], "2026-11-20T09:00:00.000Z", "the later of a change and a confirmation");
        let schedule = &service["schedules"][0];
        assert_eq!((&schedule["freq"], &schedule["byday"]), (&json!("WEEKLY"), &json!("TU")));
        assert_eq!((&schedule["opens_at"], &schedule["closes_at"]), (&json!("10:30"), &json!("12:00")));
        assert_eq!(schedule["attending_type"], "Drop in; in person, online");
        let locations = service["service_at_locations"].as_array().unwrap();
        assert_eq!(locations.len(), 2);
        let address = &locations[0]["location"]["addresses"][0];
        assert_eq!(
            (&address["address_1"], &address["city"]),
            (&json!("12 High Street, Sparkbrook"), &json!("Birmingham"))
        );
        assert_eq!(locations[0]["location"]["accessibility"][1]["description"], "Hearing loop");
        assert_eq!(locations[1]["location"]["location_type"], "virtual");
        let languages: Vec<(&str, &str)> = service["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (l["name"].as_str().unwrap(), l["code"].as_str().unwrap()))
            .collect();
        assert_eq!(languages, [("English", "en"), ("Urdu", "ur"), ("Punjabi", "pa")]);
        assert_eq!(service["cost_options"][0]["amount"], 2.5);
        assert_eq!(service["phones"][0]["number"], "0121 496 0001");
        assert_eq!(service["attributes"][0]["taxonomy_term"]["name"], "Peer support");
        assert_eq!(service["service_areas"][0]["name"], "Sparkbrook");
        let identifiers = &service["organization"]["organization_identifiers"];
        assert_eq!(identifiers[0]["identifier_scheme"], "GB-SC");
        assert_eq!(identifiers[0]["identifier"], "SC012345");
        assert_eq!(identifiers[1]["identifier_scheme"], "GB-COH");
    }

    #[test]
    fn a_summary_has_no_nested_lists() {
        let summary = service_summary(&listing(), &provider(), &site());
        assert!(summary.as_object().unwrap().values().all(|value| !value.is_array()));
        assert!(summary["organization"].as_object().unwrap().values().all(|value| !value.is_array()));
        assert_eq!(summary["organization"]["description"], "Registered charity working in Sparkbrook");
    }

    #[test]
    fn a_free_activity_on_dates_with_no_venue() {
        let free = Listing {
            schedule: "dates".into(),
            weekday: None,
            starts_at: String::new(),
            ends_at: String::new(),
            schedule_note: "Every school holiday".into(),
            venue_name: String::new(),
            address: String::new(),
            postcode: String::new(),
            free: true,
            cost_note: String::new(),
            ..listing()
        };
        let service = service(&free, &provider(), &[], &site());
        assert_eq!(
            service["cost_options"][0],
            json!({"id": site().ids.part(42, "cost"), "service_id": site().ids.service(42), "option": "Free", "amount": 0})
        );
        let schedule = service["schedules"][0].as_object().unwrap();
        assert!(!schedule.contains_key("freq") && !schedule.contains_key("opens_at"));
        assert_eq!(schedule["description"], "Every school holiday");
        assert_eq!(service["service_at_locations"].as_array().unwrap().len(), 1, "online only");
    }

    #[test]
    fn ages_amounts_and_days_are_read_when_plain() {
        assert_eq!(age_range("18+"), (Some(18), None));
        assert_eq!(age_range("16–25"), (Some(16), Some(25)));
        assert_eq!(age_range("Over 50s"), (Some(50), None));
        assert_eq!(age_range("under 18"), (None, Some(17)));
        assert_eq!(age_range("Families"), (None, None));
        assert_eq!(pounds_in("£3 a week"), Some(3.0));
        assert_eq!(pounds_in("£1,250.50."), Some(1250.5));
        assert_eq!(pounds_in("a small donation"), None);
        assert_eq!((ical_day(1), ical_day(7), ical_day(0), ical_day(8)), (Some("MO"), Some("SU"), None, None));
        assert_eq!((parse_day("TU"), parse_day("su"), parse_day(" Monday ")), (Some(2), Some(7), Some(1)));
        assert_eq!((parse_day("tue"), parse_day("8")), (None, None));
    }

    #[test]
    fn paging_never_refuses() {
        assert_eq!(Paging::read(None, None), Paging { page: 1, per_page: 50 });
        assert_eq!(Paging::read(Some("abc"), Some("0")), Paging { page: 1, per_page: 1 });
        assert_eq!(Paging::read(Some("-3"), Some("10000")), Paging { page: 1, per_page: 100 });
        assert_eq!(Paging::read(Some("3"), Some("ten")), Paging { page: 3, per_page: 50 });
        assert_eq!(Paging::read(Some("3"), Some("20")).offset(), 40);
        let empty = page(Vec::new(), 0, Paging::read(None, None));
        assert_eq!(
            (&empty["total_pages"], &empty["empty"], &empty["last_page"]),
            (&json!(0), &json!(true), &json!(true))
        );
    }

    #[test]
    fn modified_after_reads_the_usual_forms() {
        assert_eq!(parse_modified_after("2026-11-20T10:00:00+01:00"), Some(at(20, 9)));
        assert_eq!(parse_modified_after("2026-11-20T09:00:00Z"), Some(at(20, 9)));
        assert_eq!(parse_modified_after("2026-11-20T09:00:00"), Some(at(20, 9)));
        assert_eq!(parse_modified_after("2026-11-20"), Some(at(20, 0)));
        for bad in ["", "garbage", "2026-13-01", "yesterday"] {
            assert_eq!(parse_modified_after(bad), None, "{bad}");
        }
    }
}
