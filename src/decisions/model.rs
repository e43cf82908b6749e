//! The award row.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::awards;
use crate::money::Pence;

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = awards)]
pub struct Award {
    pub id: i64,
    pub bid_id: i64,
    pub amount_pence: i64,
    pub conditions: String,
    pub message: String,
    pub decided_by: i64,
    pub decided_at: NaiveDateTime,
    /// How and when it will be paid, in the lead's words.
    pub payment_plan: String,
    pub report_due_on: Option<chrono::NaiveDate>,
    pub accepted_at: Option<NaiveDateTime>,
    pub accepted_by: Option<i64>,
    /// The person who accepted for the group, as they typed their name.
    pub accepted_name: String,
    /// The group agreed to be named on the public awards list and in open data.
    pub public_consent: bool,
    pub reminder_before_sent_at: Option<NaiveDateTime>,
    pub reminder_after_sent_at: Option<NaiveDateTime>,
    /// When the grant was completed or cancelled.
    pub closed_at: Option<NaiveDateTime>,
    /// The group agreed to publish its equality answers (codes only) with the award.
    pub equality_consent: bool,
    /// By when the group is asked to accept the offer (none for awards made before it was asked).
    pub accept_by_on: Option<chrono::NaiveDate>,
    /// The host organisation the grant is paid through, named as it confirmed ("" when the
    /// group is paid itself).
    pub paid_through: String,
}

impl Award {
    pub fn amount(&self) -> Pence {
        Pence(self.amount_pence)
    }
}

pub fn find_for_bid(conn: &mut crate::db::DbConn, bid_id: i64) -> QueryResult<Option<Award>> {
    awards::table.filter(awards::bid_id.eq(bid_id)).select(Award::as_select()).first(conn).optional()
}
