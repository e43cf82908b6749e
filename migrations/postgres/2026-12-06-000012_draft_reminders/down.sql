ALTER TABLE people DROP COLUMN deadline_reminders;
ALTER TABLE bids DROP COLUMN closed_unsent_notice_at;
ALTER TABLE bids DROP COLUMN closing_day_reminder_at;
ALTER TABLE bids DROP COLUMN closing_week_reminder_at;
