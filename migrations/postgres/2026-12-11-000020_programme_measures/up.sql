-- Co-produced end-of-grant measures: each programme asks its own few questions at the end of a
-- grant (at most 6 active), in the words its community chose, and marks those that count toward
-- a national measure. kind: 'number', 'yes_no' or 'words' (a few words). national: '' (none),
-- 'nhs_cmh_access', 'two_contacts', 'new_to_support' or 'other' (then national_other names it).
-- A measure is never deleted, only retired, so old reports keep pointing at it.
CREATE TABLE programme_measures (
    id BIGSERIAL PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    position INTEGER NOT NULL,
    wording TEXT NOT NULL,
    kind TEXT NOT NULL,
    national TEXT NOT NULL DEFAULT '',
    national_other TEXT NOT NULL DEFAULT '',
    retired_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX programme_measures_programme ON programme_measures (programme_id, position);

-- What one end-of-grant report was asked (a copy of the measure as it was then) and the answer.
-- Exactly one of the answers is used, by kind.
CREATE TABLE report_answers (
    id BIGSERIAL PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES grant_reports (id),
    measure_id BIGINT NOT NULL REFERENCES programme_measures (id),
    position INTEGER NOT NULL,
    wording TEXT NOT NULL,
    kind TEXT NOT NULL,
    national TEXT NOT NULL DEFAULT '',
    national_other TEXT NOT NULL DEFAULT '',
    number_answer BIGINT,
    yes_answer BOOLEAN,
    words_answer TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX report_answers_report_measure ON report_answers (report_id, measure_id);
CREATE INDEX report_answers_measure ON report_answers (measure_id);

-- Every programme so far asked the same two numbers: they become its first two measures, and
-- each report's two numbers become its answers to them. grant_reports.people_reached and
-- activities stay (they are no longer read; new reports write 0 there).
INSERT INTO programme_measures (programme_id, position, wording, kind, created_at, updated_at)
    SELECT id, 1, 'People reached', 'number', (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC') FROM programmes;
INSERT INTO programme_measures (programme_id, position, wording, kind, created_at, updated_at)
    SELECT id, 2, 'Activities or sessions held', 'number', (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC') FROM programmes;
INSERT INTO report_answers (report_id, measure_id, position, wording, kind, number_answer)
    SELECT grant_reports.id, programme_measures.id, programme_measures.position, programme_measures.wording,
           'number',
           CASE programme_measures.position WHEN 1 THEN grant_reports.people_reached ELSE grant_reports.activities END
    FROM grant_reports
    JOIN bids ON bids.id = grant_reports.bid_id
    JOIN rounds ON rounds.id = bids.round_id
    JOIN programme_measures ON programme_measures.programme_id = rounds.programme_id;
