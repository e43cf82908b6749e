-- Deadline reminders for a group's unsent draft (grants::housekeeping): when the reminder 7 days
-- before the round closes went, when the one a day before went, and when the group was sent its
-- answers at the close. Each is set once, in the transaction that queues its emails.
ALTER TABLE bids ADD COLUMN closing_week_reminder_at TIMESTAMP;
ALTER TABLE bids ADD COLUMN closing_day_reminder_at TIMESTAMP;
ALTER TABLE bids ADD COLUMN closed_unsent_notice_at TIMESTAMP;

-- Whether the person wants those reminders (the close-of-round email with the group's answers
-- goes whatever this says); turned off and on again on the account page.
ALTER TABLE people ADD COLUMN deadline_reminders BOOLEAN NOT NULL DEFAULT TRUE;
