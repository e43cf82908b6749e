//! Work done on a timer rather than by a request: reminding groups about their reports (once
//! before the due date and once after), reminding panel members of their round's deadline
//! (`review::deadline`), reminding groups of their unsent drafts before a round
//! closes and sending them their answers when it has closed, and deleting recordings of
//! finished bids once the retention period has passed (the decision record stays).

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::queries;
use crate::audit::{self, NewEvent};
use crate::bids::BidState;
use crate::bids::deadlines::{self, DraftNotice, Reader};
use crate::db::schema::{awards, bid_files, bids, grant_reports};
use crate::db::{Db, DbConn, DbError, write_transaction};
use crate::i18n::Tr;
use crate::notifications::emails::{self, Links};
use crate::notifications::outbox;
use crate::storage::{Storage, StorageKey};

/// How long before the due date the first reminder goes.
pub const REMIND_BEFORE: chrono::Duration = chrono::Duration::days(14);
/// How long after the due date the second (last) reminder goes.
pub const REMIND_AFTER: chrono::Duration = chrono::Duration::days(7);

/// Queues the reminders that are due; answers how many were queued.
pub fn send_report_reminders(conn: &mut DbConn, links: &Links, now: NaiveDateTime) -> QueryResult<usize> {
    let today = crate::time::in_london(now).date_naive();
    let mut sent = 0;
    for (award, bid) in queries::active_awards_without_reports(conn)? {
        let Some(due) = award.report_due_on else { continue };
        let (column_empty, overdue) = if today >= due + REMIND_AFTER {
            (award.reminder_after_sent_at.is_none(), true)
        } else if today >= due - REMIND_BEFORE {
            (award.reminder_before_sent_at.is_none(), false)
        } else {
            continue;
        };
        if !column_empty {
            continue;
        }
        write_transaction(conn, |conn| {
            let target = awards::table.find(award.id);
            let claimed = if overdue {
                diesel::update(target.filter(awards::reminder_after_sent_at.is_null()))
                    .set(awards::reminder_after_sent_at.eq(now))
                    .execute(conn)?
            } else {
                diesel::update(target.filter(awards::reminder_before_sent_at.is_null()))
                    .set(awards::reminder_before_sent_at.eq(now))
                    .execute(conn)?
            };
            if claimed == 1 {
                let team = crate::programmes::queries::team_of_round(conn, bid.round_id, links.contact_email())?;
                for (_, person) in crate::groups::queries::members_of(conn, bid.group_id)? {
                    outbox::enqueue(
                        conn,
                        &emails::report_reminder(person.tr(), links, &team, &person, &bid, due, overdue),
                        now,
                    )?;
                }
                sent += 1;
            }
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(sent)
}

/// Queues the emails about unsent drafts that are due at `now`: the reminders 7 days and 1 day
/// before their round closes, and each draft's answers once the round has closed
/// (`bids::deadlines`). Each goes once: its column on the bid is set, only while still empty and
/// while the bid is still a draft, in the transaction that queues its emails. Answers how many
/// drafts had a notice queued.
pub fn send_draft_notices(conn: &mut DbConn, links: &Links, now: NaiveDateTime) -> QueryResult<usize> {
    let drafts = crate::bids::queries::drafts_closing_between(
        conn,
        now - deadlines::CLOSED_NOTICE_WITHIN,
        now + deadlines::FIRST_REMINDER,
    )?;
    let mut sent = 0;
    for (bid, round, deadline) in drafts {
        let Some(notice) = deadlines::due_notice(&deadline, now) else { continue };
        write_transaction(conn, |conn| {
            let target = bids::table.find(bid.id).filter(bids::state.eq(BidState::Draft.as_str()));
            let claimed = match notice {
                DraftNotice::WeekBefore => diesel::update(target.filter(bids::closing_week_reminder_at.is_null()))
                    .set(bids::closing_week_reminder_at.eq(now))
                    .execute(conn)?,
                DraftNotice::DayBefore => diesel::update(target.filter(bids::closing_day_reminder_at.is_null()))
                    .set(bids::closing_day_reminder_at.eq(now))
                    .execute(conn)?,
                DraftNotice::Closed => diesel::update(target.filter(bids::closed_unsent_notice_at.is_null()))
                    .set(bids::closed_unsent_notice_at.eq(now))
                    .execute(conn)?,
            };
            if claimed != 1 {
                return Ok(());
            }
            // The answers as they are now, not as they were when the list was read.
            let Some(bid) = crate::bids::queries::find(conn, bid.id)? else { return Ok(()) };
            let has_recording = crate::bids::queries::has_recording(conn, bid.id)?;
            let team = crate::programmes::queries::team_of_round(conn, round.id, links.contact_email())?;
            for (member, person) in crate::groups::queries::members_of(conn, bid.group_id)? {
                let reader = Reader {
                    is_connector: member.is_connector,
                    started_the_draft: person.id == bid.created_by,
                    disabled: person.is_disabled(),
                    wants_reminders: person.deadline_reminders,
                };
                if !deadlines::reaches(notice, reader) {
                    continue;
                }
                let tr = person.tr();
                let email = match notice {
                    DraftNotice::Closed => emails::draft_closed(tr, links, &team, &person, &bid, &round, has_recording),
                    reminder => {
                        let missing = deadlines::still_missing(&bid, has_recording);
                        let last = reminder == DraftNotice::DayBefore;
                        emails::draft_reminder(tr, links, &team, &person, &bid, &round, last, &missing)
                    }
                };
                outbox::enqueue(conn, &email, now)?;
            }
            sent += 1;
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(sent)
}

/// Deletes recordings (bids' and reports') of bids that finished more than `keep` ago;
/// answers how many were deleted.
pub async fn forget_old_recordings(
    db: &Db,
    storage: &Storage,
    keep: chrono::Duration,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let before = now - keep;
    let (files, reports) = db
        .run(move |conn| {
            let files = queries::recordings_to_forget(conn, before)?;
            let reports = queries::report_recordings_to_forget(conn, before)?;
            Ok::<_, DbError>((files, reports))
        })
        .await?;
    let mut deleted = 0;
    for (file_id, bid_id, key) in files {
        if let Some(key) = StorageKey::from_stored(&key)
            && storage.delete(&key).await.is_ok()
        {
            db.run(move |conn| {
                write_transaction(conn, |conn| {
                    diesel::update(bid_files::table.find(file_id)).set(bid_files::deleted_at.eq(now)).execute(conn)?;
                    note_forgotten(conn, bid_id, "bid recording", now)
                })
                .map_err(DbError::from)
            })
            .await?;
            deleted += 1;
        }
    }
    for (report_id, bid_id, key) in reports {
        if let Some(key) = StorageKey::from_stored(&key)
            && storage.delete(&key).await.is_ok()
        {
            db.run(move |conn| {
                write_transaction(conn, |conn| {
                    diesel::update(grant_reports::table.find(report_id))
                        .set((
                            grant_reports::recording_key.eq(None::<String>),
                            grant_reports::recording_type.eq(None::<String>),
                            grant_reports::recording_size.eq(None::<i64>),
                        ))
                        .execute(conn)?;
                    note_forgotten(conn, bid_id, "report recording", now)
                })
                .map_err(DbError::from)
            })
            .await?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// The audit trail says the recording went, and why; the decision record itself stays. No one
/// acts, so the reason is written in the source language.
fn note_forgotten(conn: &mut DbConn, bid_id: i64, what: &str, now: NaiveDateTime) -> QueryResult<()> {
    let reason = Tr::source().t("grants-recording-forgotten");
    let event = NewEvent {
        action: "recording_deleted",
        subject_type: "bid",
        subject_id: Some(bid_id),
        reason: Some(&reason),
        details: Some(serde_json::json!({ "what": what })),
        ..NewEvent::default()
    };
    audit::record(conn, &event, now)
}

/// Runs the jobs every `every`, for as long as the server runs.
pub async fn run(db: Db, storage: Storage, links: Links, keep: chrono::Duration, every: Duration) {
    loop {
        let now = crate::time::now();
        let reminder_links = links.clone();
        match db.run(move |conn| send_report_reminders(conn, &reminder_links, now).map_err(DbError::from)).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "report reminders queued"),
            Err(error) => tracing::warn!(%error, "report reminders failed"),
        }
        let panel_links = links.clone();
        match db
            .run(move |conn| {
                crate::review::deadline::send_panel_reminders(conn, &panel_links, now).map_err(DbError::from)
            })
            .await
        {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "panel deadline reminders queued"),
            Err(error) => tracing::warn!(%error, "panel deadline reminders failed"),
        }
        let directory_links = links.clone();
        match db
            .run(move |conn| {
                crate::directory::actions::ask_about_old_listings(conn, &directory_links, now).map_err(DbError::from)
            })
            .await
        {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "emails about listings not checked for 6 months queued"),
            Err(error) => tracing::warn!(%error, "emails about old listings failed"),
        }
        let draft_links = links.clone();
        match db.run(move |conn| send_draft_notices(conn, &draft_links, now).map_err(DbError::from)).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "emails about unsent drafts queued"),
            Err(error) => tracing::warn!(%error, "emails about unsent drafts failed"),
        }
        match forget_old_recordings(&db, &storage, keep, now).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "old recordings deleted"),
            Err(error) => tracing::warn!(%error, "recording retention failed"),
        }
        tokio::time::sleep(every).await;
    }
}
