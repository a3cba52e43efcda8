-- data/upkeep.sql -- what keeps the summary tables (data/schema.sql,
-- "Summaries") exactly in step with the ledger, as TEMP views and
-- triggers of the connection that creates them.  Every safestat writer
-- (import, the generator) runs this file on its write connection; so can
-- anyone who writes the ledger by hand (sqlite3 FILE, then `.read
-- data/upkeep.sql`), who then keeps the summaries in step too.  Reading
-- needs none of it.
--
-- Each summary_* table holds what its summary_*_from_ledger view
-- computes from the ledger.  The generator fills them once the ledger is
-- written (the hazard and inspection ones in C as it writes those rows,
-- the others from the views); from then on every write under this file
-- keeps them in step within its own statement: the ledger's triggers
-- take a row's share out before it changes (sign -1) and put it back
-- after (sign +1) through the view summary_apply, whose INSTEAD OF
-- triggers add the share to every summary and delete the rows that fall
-- to zero.  So a summary holds exactly the rows its view gives, and an
-- import that rolls back takes its summary changes with it.  INSERT OR
-- REPLACE deletes without firing delete triggers unless PRAGMA
-- recursive_triggers is on: change a ledger row with UPDATE, or turn the
-- pragma on first.
------------------------------------------------------------------------

-- The schema's triggers mark the summaries out of step on every write to
-- a table they count; under this file the write keeps them in step, so
-- the mark is ignored.
CREATE TEMP TRIGGER summaries_kept_in_step
	BEFORE UPDATE OF in_step ON main.summaries_state
	WHEN NEW.in_step = 0
BEGIN
	SELECT RAISE(IGNORE);
END;

-- A change to apply: INSERT INTO summary_apply (ledger, id, day, sign)
-- adds (sign 1) or takes out (sign -1) the share of row `id` of `ledger`
-- -- with what depends on it: an inspection's hazards, an operation's
-- weighings -- in every summary.  The view stores nothing; its triggers,
-- at the end of this section, do the work.
CREATE TEMP VIEW summary_apply (ledger, id, day, sign) AS
SELECT NULL, NULL, NULL, NULL WHERE 0;

-- Hazards ----------------------------------------------------------------

-- Each hazard's county and the months that matter: found, rectified, and
-- its overdue month, the first month at whose last day it is past its
-- deadline (the month of deadline + 1 day).
CREATE TEMP VIEW summary_hazard_months AS
SELECT h.hazard_id, t.county_id, h.township_id, h.sector, h.level,
       h.finder_kind, coalesce(h.finder_dept, '') AS finder_dept,
       substr(h.found_date, 1, 7) AS found_month,
       substr(h.rectified_date, 1, 7) AS rectified_month,
       substr(date(h.deadline_date, '+1 day'), 1, 7) AS overdue_month
FROM hazard h JOIN township t ON t.township_id = h.township_id;

-- The ledger as monthly events of the cohort found in found_month:
--   found           1 in the month a hazard was found;
--   rectified       1 in the month it was rectified;
--   overdue_change  +1 in its overdue month if it is still open then,
--                   -1 in the month it was rectified after that.
-- For the hazards found in months F1..F2, as of the last day of month M:
--   found     = sum(found)
--   rectified = sum(rectified) of the rows with month <= M
--   open      = sum(found) of the rows with found_month <= M, less
--               rectified
--   overdue   = sum(overdue_change) of the rows with month <= M.
-- As flows, whenever found: rectified in months P1..P2 = sum(rectified)
-- of the rows with month in P1..P2; open on the last day of M =
-- sum(found) - sum(rectified), overdue = sum(overdue_change), of every
-- row with month <= M.
CREATE TEMP VIEW summary_hazard_events AS
SELECT hazard_id, county_id, township_id, sector, level, finder_kind,
       finder_dept, found_month, found_month AS month,
       1 AS found, 0 AS rectified, 0 AS overdue_change
FROM summary_hazard_months
UNION ALL
SELECT hazard_id, county_id, township_id, sector, level, finder_kind,
       finder_dept, found_month, rectified_month, 0, 1, 0
FROM summary_hazard_months WHERE rectified_month IS NOT NULL
UNION ALL
SELECT hazard_id, county_id, township_id, sector, level, finder_kind,
       finder_dept, found_month, overdue_month, 0, 0, 1
FROM summary_hazard_months
WHERE rectified_month IS NULL OR overdue_month < rectified_month
UNION ALL
SELECT hazard_id, county_id, township_id, sector, level, finder_kind,
       finder_dept, found_month, rectified_month, 0, 0, -1
FROM summary_hazard_months WHERE overdue_month < rectified_month;

CREATE TEMP VIEW summary_hazard_county_from_ledger AS
SELECT found_month, month, county_id, level, sum(found) AS found,
       sum(rectified) AS rectified, sum(overdue_change) AS overdue_change
FROM summary_hazard_events
GROUP BY found_month, month, county_id, level;

CREATE TEMP VIEW summary_hazard_township_from_ledger AS
SELECT county_id, found_month, month, township_id, level,
       sum(found) AS found, sum(rectified) AS rectified,
       sum(overdue_change) AS overdue_change
FROM summary_hazard_events
GROUP BY county_id, found_month, month, township_id, level;

CREATE TEMP VIEW summary_hazard_county_sector_from_ledger AS
SELECT county_id, found_month, month, sector, level, sum(found) AS found,
       sum(rectified) AS rectified, sum(overdue_change) AS overdue_change
FROM summary_hazard_events
GROUP BY county_id, found_month, month, sector, level;

CREATE TEMP VIEW summary_hazard_province_from_ledger AS
SELECT found_month, month, sector, level, finder_kind, finder_dept,
       sum(found) AS found, sum(rectified) AS rectified,
       sum(overdue_change) AS overdue_change
FROM summary_hazard_events
GROUP BY found_month, month, sector, level, finder_kind, finder_dept;

-- Inspections and the hazards they found ---------------------------------

-- Each inspection once, in its month (found_month is the same month),
-- and (summary_inspection_hazard_events) each hazard an inspection
-- found, under the inspection's keys and month, with the month the
-- hazard was found.  Inspections in months P1..P2 = sum(inspections) of
-- the rows with month in P1..P2; the hazards they found in the period =
-- sum(hazards) of those rows with found_month in P1..P2 as well.
CREATE TEMP VIEW summary_inspection_events AS
SELECT i.inspection_id, t.county_id, i.dept, i.leader_led,
       coalesce(i.key_period, '') AS key_period,
       substr(i.inspect_date, 1, 7) AS month,
       substr(i.inspect_date, 1, 7) AS found_month,
       1 AS inspections, 0 AS hazards, 0 AS major_hazards
FROM inspection i JOIN township t ON t.township_id = i.township_id;

CREATE TEMP VIEW summary_inspection_hazard_events AS
SELECT h.hazard_id, i.inspection_id, t.county_id, i.dept, i.leader_led,
       coalesce(i.key_period, '') AS key_period,
       substr(i.inspect_date, 1, 7) AS month,
       substr(h.found_date, 1, 7) AS found_month,
       0 AS inspections, 1 AS hazards,
       CASE WHEN h.level = 'major' THEN 1 ELSE 0 END AS major_hazards
FROM hazard h
JOIN inspection i ON i.inspection_id = h.inspection_id
JOIN township t ON t.township_id = i.township_id;

CREATE TEMP VIEW summary_inspection_county_from_ledger AS
SELECT month, found_month, county_id, dept, leader_led, key_period,
       sum(inspections) AS inspections, sum(hazards) AS hazards,
       sum(major_hazards) AS major_hazards
FROM (SELECT month, found_month, county_id, dept, leader_led, key_period,
             inspections, hazards, major_hazards
      FROM summary_inspection_events
      UNION ALL
      SELECT month, found_month, county_id, dept, leader_led, key_period,
             inspections, hazards, major_hazards
      FROM summary_inspection_hazard_events)
GROUP BY month, found_month, county_id, dept, leader_led, key_period;

CREATE TEMP VIEW summary_inspection_province_from_ledger AS
SELECT month, found_month, dept, leader_led, key_period,
       sum(inspections) AS inspections, sum(hazards) AS hazards,
       sum(major_hazards) AS major_hazards
FROM summary_inspection_county_from_ledger
GROUP BY month, found_month, dept, leader_led, key_period;

-- Enforcement cases ------------------------------------------------------

CREATE TEMP VIEW summary_enforcement_events AS
SELECT e.case_id, t.county_id, e.sector, e.dept, e.kind,
       substr(e.decided_date, 1, 7) AS month, e.fine_yuan
FROM enforcement_case e JOIN township t ON t.township_id = e.township_id;

CREATE TEMP VIEW summary_enforcement_county_from_ledger AS
SELECT month, county_id, sector, dept, kind, count(*) AS cases,
       sum(fine_yuan) AS fine_yuan
FROM summary_enforcement_events
GROUP BY month, county_id, sector, dept, kind;

CREATE TEMP VIEW summary_enforcement_province_from_ledger AS
SELECT month, sector, dept, kind, count(*) AS cases,
       sum(fine_yuan) AS fine_yuan
FROM summary_enforcement_events
GROUP BY month, sector, dept, kind;

-- Outreach events, publicity, meetings -----------------------------------

CREATE TEMP VIEW summary_outreach_events AS
SELECT o.event_id, t.county_id, o.kind, o.venue,
       substr(o.held_date, 1, 7) AS month, o.participants
FROM outreach_event o JOIN township t ON t.township_id = o.township_id;

CREATE TEMP VIEW summary_outreach_county_from_ledger AS
SELECT month, county_id, kind, venue, count(*) AS events,
       sum(participants) AS participants
FROM summary_outreach_events
GROUP BY month, county_id, kind, venue;

CREATE TEMP VIEW summary_outreach_province_from_ledger AS
SELECT month, kind, venue, count(*) AS events,
       sum(participants) AS participants
FROM summary_outreach_events
GROUP BY month, kind, venue;

CREATE TEMP VIEW summary_publicity_county_from_ledger AS
SELECT substr(issued_date, 1, 7) AS month, county_id, medium,
       count(*) AS batches, sum(quantity) AS quantity
FROM publicity
GROUP BY substr(issued_date, 1, 7), county_id, medium;

CREATE TEMP VIEW summary_meeting_county_from_ledger AS
SELECT substr(held_date, 1, 7) AS month, county_id, kind,
       count(*) AS meetings
FROM meeting
GROUP BY substr(held_date, 1, 7), county_id, kind;

CREATE TEMP VIEW summary_publicity_province_from_ledger AS
SELECT substr(issued_date, 1, 7) AS month, medium,
       count(*) AS batches, sum(quantity) AS quantity
FROM publicity
GROUP BY substr(issued_date, 1, 7), medium;

CREATE TEMP VIEW summary_meeting_province_from_ledger AS
SELECT substr(held_date, 1, 7) AS month, kind, count(*) AS meetings
FROM meeting
GROUP BY substr(held_date, 1, 7), kind;

-- Accidents, graded as accident_graded grades them -----------------------

CREATE TEMP VIEW summary_accident_events AS
SELECT a.accident_id, t.county_id, a.sector, a.grade,
       substr(a.occurred_date, 1, 7) AS month, a.deaths,
       a.serious_injuries, a.minor_injuries, a.direct_loss_yuan
FROM accident_graded a JOIN township t ON t.township_id = a.township_id;

CREATE TEMP VIEW summary_accident_county_from_ledger AS
SELECT month, county_id, sector, grade, count(*) AS accidents,
       sum(deaths) AS deaths, sum(serious_injuries) AS serious_injuries,
       sum(minor_injuries) AS minor_injuries,
       sum(direct_loss_yuan) AS direct_loss_yuan
FROM summary_accident_events
GROUP BY month, county_id, sector, grade;

CREATE TEMP VIEW summary_accident_province_from_ledger AS
SELECT month, sector, grade, count(*) AS accidents,
       sum(deaths) AS deaths, sum(serious_injuries) AS serious_injuries,
       sum(minor_injuries) AS minor_injuries,
       sum(direct_loss_yuan) AS direct_loss_yuan
FROM summary_accident_events
GROUP BY month, sector, grade;

-- Weighings, over the limit as weighing_checked decides from the limits --

CREATE TEMP VIEW summary_weighing_events AS
SELECT w.weighing_id, w.operation_id, t.county_id,
       substr(w.op_date, 1, 7) AS month, w.axle_class, w.over_limit, w.over_gross, w.over_size, w.unloaded_kg, w.excess_kg
FROM weighing_checked w JOIN township t ON t.township_id = w.township_id;

CREATE TEMP VIEW summary_weighing_county_from_ledger AS
SELECT month, county_id, axle_class, count(*) AS weighed,
       sum(over_limit) AS over_limit, sum(over_gross) AS over_gross,
       sum(over_size) AS over_size, sum(unloaded_kg) AS unloaded_kg,
       sum(excess_kg) AS excess_kg
FROM summary_weighing_events
GROUP BY month, county_id, axle_class;

CREATE TEMP VIEW summary_weighing_operation_from_ledger AS
SELECT operation_id, count(*) AS weighed, sum(over_limit) AS over_limit,
       sum(over_gross) AS over_gross, sum(over_size) AS over_size,
       sum(unloaded_kg) AS unloaded_kg, sum(excess_kg) AS excess_kg
FROM summary_weighing_events
GROUP BY operation_id;

-- Visitor days -----------------------------------------------------------

-- Each visitor day with the warning lines it reached: a line is reached
-- when the load in tenths of a percent, rounded half-up from the counts,
-- is at or above it (80.0% is yellow, 79.9% is not), as the tourism
-- commands print it.
CREATE TEMP VIEW summary_visitor_events AS
SELECT v.spot_id, v.day, substr(v.day, 1, 7) AS month,
       CASE WHEN v.status = 'open' THEN 1 ELSE 0 END AS open_day,
       v.visitors,
       CASE WHEN ((2000 * v.visitors) / s.daily_capacity + 1) / 2
                 >= 10 * s.warn_yellow_pct THEN 1 ELSE 0 END AS yellow_day,
       CASE WHEN ((2000 * v.visitors) / s.daily_capacity + 1) / 2
                 >= 10 * s.warn_orange_pct THEN 1 ELSE 0 END AS orange_day,
       CASE WHEN ((2000 * v.visitors) / s.daily_capacity + 1) / 2
                 >= 10 * s.warn_red_pct THEN 1 ELSE 0 END AS red_day
FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id;

CREATE TEMP VIEW summary_visitor_spot_from_ledger AS
SELECT month, spot_id, count(*) AS days, sum(open_day) AS open_days,
       sum(visitors) AS visitors, max(visitors) AS peak_visitors,
       min(CASE WHEN visitors = month_peak AND visitors > 0 THEN day END)
           AS peak_day,
       sum(yellow_day) AS yellow_days, sum(orange_day) AS orange_days,
       sum(red_day) AS red_days
FROM (SELECT e.*, max(e.visitors) OVER (PARTITION BY e.spot_id, e.month)
             AS month_peak
      FROM summary_visitor_events e)
GROUP BY month, spot_id;

-- Applying a change ------------------------------------------------------
--
-- Each trigger below adds sign x the share of one ledger row (or of what
-- depends on it) to the summaries it feeds, then, when taking out,
-- deletes the rows left at zero.  A row is at zero exactly when no
-- ledger row contributes to it any more (a hazard's -1 overdue_change
-- falls in the month of its +1 rectified), so the summaries never keep
-- rows their views would not give.

-- A hazard's share of the four hazard summaries.
CREATE TEMP TRIGGER summary_apply_hazard INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'hazard'
BEGIN
	INSERT INTO summary_hazard_county (found_month, month, county_id,
	    level, found, rectified, overdue_change)
	SELECT found_month, month, county_id, level, NEW.sign * found,
	       NEW.sign * rectified, NEW.sign * overdue_change
	FROM summary_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (found_month, month, county_id, level) DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;
	DELETE FROM summary_hazard_county
	WHERE NEW.sign < 0 AND found = 0 AND rectified = 0
	  AND overdue_change = 0
	  AND (found_month, month, county_id, level) IN
	      (SELECT found_month, month, county_id, level
	       FROM summary_hazard_events WHERE hazard_id = NEW.id);

	INSERT INTO summary_hazard_township (county_id, found_month, month,
	    township_id, level, found, rectified, overdue_change)
	SELECT county_id, found_month, month, township_id, level,
	       NEW.sign * found, NEW.sign * rectified,
	       NEW.sign * overdue_change
	FROM summary_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (county_id, found_month, month, township_id, level)
	DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;
	DELETE FROM summary_hazard_township
	WHERE NEW.sign < 0 AND found = 0 AND rectified = 0
	  AND overdue_change = 0
	  AND (county_id, found_month, month, township_id, level) IN
	      (SELECT county_id, found_month, month, township_id, level
	       FROM summary_hazard_events WHERE hazard_id = NEW.id);

	INSERT INTO summary_hazard_county_sector (county_id, found_month,
	    month, sector, level, found, rectified, overdue_change)
	SELECT county_id, found_month, month, sector, level,
	       NEW.sign * found, NEW.sign * rectified,
	       NEW.sign * overdue_change
	FROM summary_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (county_id, found_month, month, sector, level)
	DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;
	DELETE FROM summary_hazard_county_sector
	WHERE NEW.sign < 0 AND found = 0 AND rectified = 0
	  AND overdue_change = 0
	  AND (county_id, found_month, month, sector, level) IN
	      (SELECT county_id, found_month, month, sector, level
	       FROM summary_hazard_events WHERE hazard_id = NEW.id);

	INSERT INTO summary_hazard_province (found_month, month, sector,
	    level, finder_kind, finder_dept, found, rectified,
	    overdue_change)
	SELECT found_month, month, sector, level, finder_kind, finder_dept,
	       NEW.sign * found, NEW.sign * rectified,
	       NEW.sign * overdue_change
	FROM summary_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (found_month, month, sector, level, finder_kind,
	    finder_dept) DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;
	DELETE FROM summary_hazard_province
	WHERE NEW.sign < 0 AND found = 0 AND rectified = 0
	  AND overdue_change = 0
	  AND (found_month, month, sector, level, finder_kind, finder_dept) IN
	      (SELECT found_month, month, sector, level, finder_kind,
	              finder_dept
	       FROM summary_hazard_events WHERE hazard_id = NEW.id);
END;

-- A hazard's share of the inspection summaries, when an inspection
-- found it.
CREATE TEMP TRIGGER summary_apply_hazard_inspection INSTEAD OF INSERT
ON summary_apply WHEN NEW.ledger = 'hazard_inspection'
BEGIN
	INSERT INTO summary_inspection_county (month, found_month, county_id,
	    dept, leader_led, key_period, inspections, hazards,
	    major_hazards)
	SELECT month, found_month, county_id, dept, leader_led, key_period,
	       0, NEW.sign * hazards, NEW.sign * major_hazards
	FROM summary_inspection_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (month, found_month, county_id, dept, leader_led,
	    key_period) DO UPDATE SET
	    hazards = hazards + excluded.hazards,
	    major_hazards = major_hazards + excluded.major_hazards;
	DELETE FROM summary_inspection_county
	WHERE NEW.sign < 0 AND inspections = 0 AND hazards = 0
	  AND (month, found_month, county_id, dept, leader_led, key_period) IN
	      (SELECT month, found_month, county_id, dept, leader_led,
	              key_period
	       FROM summary_inspection_hazard_events WHERE hazard_id = NEW.id);

	INSERT INTO summary_inspection_province (month, found_month, dept,
	    leader_led, key_period, inspections, hazards, major_hazards)
	SELECT month, found_month, dept, leader_led, key_period,
	       0, NEW.sign * hazards, NEW.sign * major_hazards
	FROM summary_inspection_hazard_events WHERE hazard_id = NEW.id
	ON CONFLICT (month, found_month, dept, leader_led, key_period)
	DO UPDATE SET
	    hazards = hazards + excluded.hazards,
	    major_hazards = major_hazards + excluded.major_hazards;
	DELETE FROM summary_inspection_province
	WHERE NEW.sign < 0 AND inspections = 0 AND hazards = 0
	  AND (month, found_month, dept, leader_led, key_period) IN
	      (SELECT month, found_month, dept, leader_led, key_period
	       FROM summary_inspection_hazard_events WHERE hazard_id = NEW.id);
END;

-- An inspection's share: its own row, then each hazard it found.
CREATE TEMP TRIGGER summary_apply_inspection INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'inspection'
BEGIN
	INSERT INTO summary_inspection_county (month, found_month, county_id,
	    dept, leader_led, key_period, inspections, hazards,
	    major_hazards)
	SELECT month, found_month, county_id, dept, leader_led, key_period,
	       NEW.sign, 0, 0
	FROM summary_inspection_events WHERE inspection_id = NEW.id
	ON CONFLICT (month, found_month, county_id, dept, leader_led,
	    key_period) DO UPDATE SET
	    inspections = inspections + excluded.inspections;
	DELETE FROM summary_inspection_county
	WHERE NEW.sign < 0 AND inspections = 0 AND hazards = 0
	  AND (month, found_month, county_id, dept, leader_led, key_period) IN
	      (SELECT month, found_month, county_id, dept, leader_led,
	              key_period
	       FROM summary_inspection_events WHERE inspection_id = NEW.id);

	INSERT INTO summary_inspection_province (month, found_month, dept,
	    leader_led, key_period, inspections, hazards, major_hazards)
	SELECT month, found_month, dept, leader_led, key_period,
	       NEW.sign, 0, 0
	FROM summary_inspection_events WHERE inspection_id = NEW.id
	ON CONFLICT (month, found_month, dept, leader_led, key_period)
	DO UPDATE SET inspections = inspections + excluded.inspections;
	DELETE FROM summary_inspection_province
	WHERE NEW.sign < 0 AND inspections = 0 AND hazards = 0
	  AND (month, found_month, dept, leader_led, key_period) IN
	      (SELECT month, found_month, dept, leader_led, key_period
	       FROM summary_inspection_events WHERE inspection_id = NEW.id);

	INSERT INTO summary_apply (ledger, id, day, sign)
	SELECT 'hazard_inspection', hazard_id, NULL, NEW.sign
	FROM hazard WHERE inspection_id = NEW.id;
END;

CREATE TEMP TRIGGER summary_apply_enforcement INSTEAD OF INSERT
ON summary_apply WHEN NEW.ledger = 'enforcement_case'
BEGIN
	INSERT INTO summary_enforcement_county (month, county_id, sector,
	    dept, kind, cases, fine_yuan)
	SELECT month, county_id, sector, dept, kind, NEW.sign,
	       NEW.sign * fine_yuan
	FROM summary_enforcement_events WHERE case_id = NEW.id
	ON CONFLICT (month, county_id, sector, dept, kind) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;
	DELETE FROM summary_enforcement_county
	WHERE NEW.sign < 0 AND cases = 0
	  AND (month, county_id, sector, dept, kind) IN
	      (SELECT month, county_id, sector, dept, kind
	       FROM summary_enforcement_events WHERE case_id = NEW.id);

	INSERT INTO summary_enforcement_province (month, sector, dept, kind,
	    cases, fine_yuan)
	SELECT month, sector, dept, kind, NEW.sign, NEW.sign * fine_yuan
	FROM summary_enforcement_events WHERE case_id = NEW.id
	ON CONFLICT (month, sector, dept, kind) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;
	DELETE FROM summary_enforcement_province
	WHERE NEW.sign < 0 AND cases = 0
	  AND (month, sector, dept, kind) IN
	      (SELECT month, sector, dept, kind
	       FROM summary_enforcement_events WHERE case_id = NEW.id);
END;

CREATE TEMP TRIGGER summary_apply_outreach INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'outreach_event'
BEGIN
	INSERT INTO summary_outreach_county (month, county_id, kind, venue,
	    events, participants)
	SELECT month, county_id, kind, venue, NEW.sign,
	       NEW.sign * participants
	FROM summary_outreach_events WHERE event_id = NEW.id
	ON CONFLICT (month, county_id, kind, venue) DO UPDATE SET
	    events = events + excluded.events,
	    participants = participants + excluded.participants;
	DELETE FROM summary_outreach_county
	WHERE NEW.sign < 0 AND events = 0
	  AND (month, county_id, kind, venue) IN
	      (SELECT month, county_id, kind, venue
	       FROM summary_outreach_events WHERE event_id = NEW.id);

	INSERT INTO summary_outreach_province (month, kind, venue, events,
	    participants)
	SELECT month, kind, venue, NEW.sign, NEW.sign * participants
	FROM summary_outreach_events WHERE event_id = NEW.id
	ON CONFLICT (month, kind, venue) DO UPDATE SET
	    events = events + excluded.events,
	    participants = participants + excluded.participants;
	DELETE FROM summary_outreach_province
	WHERE NEW.sign < 0 AND events = 0
	  AND (month, kind, venue) IN
	      (SELECT month, kind, venue
	       FROM summary_outreach_events WHERE event_id = NEW.id);
END;

CREATE TEMP TRIGGER summary_apply_publicity INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'publicity'
BEGIN
	INSERT INTO summary_publicity_county (month, county_id, medium,
	    batches, quantity)
	SELECT substr(issued_date, 1, 7), county_id, medium, NEW.sign,
	       NEW.sign * quantity
	FROM publicity WHERE publicity_id = NEW.id
	ON CONFLICT (month, county_id, medium) DO UPDATE SET
	    batches = batches + excluded.batches,
	    quantity = quantity + excluded.quantity;
	DELETE FROM summary_publicity_county
	WHERE NEW.sign < 0 AND batches = 0
	  AND (month, county_id, medium) IN
	      (SELECT substr(issued_date, 1, 7), county_id, medium
	       FROM publicity WHERE publicity_id = NEW.id);

	INSERT INTO summary_publicity_province (month, medium, batches,
	    quantity)
	SELECT substr(issued_date, 1, 7), medium, NEW.sign,
	       NEW.sign * quantity
	FROM publicity WHERE publicity_id = NEW.id
	ON CONFLICT (month, medium) DO UPDATE SET
	    batches = batches + excluded.batches,
	    quantity = quantity + excluded.quantity;
	DELETE FROM summary_publicity_province
	WHERE NEW.sign < 0 AND batches = 0
	  AND (month, medium) IN
	      (SELECT substr(issued_date, 1, 7), medium
	       FROM publicity WHERE publicity_id = NEW.id);
END;

CREATE TEMP TRIGGER summary_apply_meeting INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'meeting'
BEGIN
	INSERT INTO summary_meeting_county (month, county_id, kind, meetings)
	SELECT substr(held_date, 1, 7), county_id, kind, NEW.sign
	FROM meeting WHERE meeting_id = NEW.id
	ON CONFLICT (month, county_id, kind) DO UPDATE SET
	    meetings = meetings + excluded.meetings;
	DELETE FROM summary_meeting_county
	WHERE NEW.sign < 0 AND meetings = 0
	  AND (month, county_id, kind) IN
	      (SELECT substr(held_date, 1, 7), county_id, kind
	       FROM meeting WHERE meeting_id = NEW.id);

	INSERT INTO summary_meeting_province (month, kind, meetings)
	SELECT substr(held_date, 1, 7), kind, NEW.sign
	FROM meeting WHERE meeting_id = NEW.id
	ON CONFLICT (month, kind) DO UPDATE SET
	    meetings = meetings + excluded.meetings;
	DELETE FROM summary_meeting_province
	WHERE NEW.sign < 0 AND meetings = 0
	  AND (month, kind) IN
	      (SELECT substr(held_date, 1, 7), kind
	       FROM meeting WHERE meeting_id = NEW.id);
END;

-- An accident's share: its graded figures, when it has any.
CREATE TEMP TRIGGER summary_apply_accident INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'accident'
BEGIN
	INSERT INTO summary_accident_county (month, county_id, sector, grade,
	    accidents, deaths, serious_injuries, minor_injuries,
	    direct_loss_yuan)
	SELECT month, county_id, sector, grade, NEW.sign, NEW.sign * deaths,
	       NEW.sign * serious_injuries, NEW.sign * minor_injuries,
	       NEW.sign * direct_loss_yuan
	FROM summary_accident_events WHERE accident_id = NEW.id
	ON CONFLICT (month, county_id, sector, grade) DO UPDATE SET
	    accidents = accidents + excluded.accidents,
	    deaths = deaths + excluded.deaths,
	    serious_injuries = serious_injuries + excluded.serious_injuries,
	    minor_injuries = minor_injuries + excluded.minor_injuries,
	    direct_loss_yuan = direct_loss_yuan + excluded.direct_loss_yuan;
	DELETE FROM summary_accident_county
	WHERE NEW.sign < 0 AND accidents = 0
	  AND (month, county_id, sector, grade) IN
	      (SELECT month, county_id, sector, grade
	       FROM summary_accident_events WHERE accident_id = NEW.id);

	INSERT INTO summary_accident_province (month, sector, grade,
	    accidents, deaths, serious_injuries, minor_injuries,
	    direct_loss_yuan)
	SELECT month, sector, grade, NEW.sign, NEW.sign * deaths,
	       NEW.sign * serious_injuries, NEW.sign * minor_injuries,
	       NEW.sign * direct_loss_yuan
	FROM summary_accident_events WHERE accident_id = NEW.id
	ON CONFLICT (month, sector, grade) DO UPDATE SET
	    accidents = accidents + excluded.accidents,
	    deaths = deaths + excluded.deaths,
	    serious_injuries = serious_injuries + excluded.serious_injuries,
	    minor_injuries = minor_injuries + excluded.minor_injuries,
	    direct_loss_yuan = direct_loss_yuan + excluded.direct_loss_yuan;
	DELETE FROM summary_accident_province
	WHERE NEW.sign < 0 AND accidents = 0
	  AND (month, sector, grade) IN
	      (SELECT month, sector, grade
	       FROM summary_accident_events WHERE accident_id = NEW.id);
END;

-- A weighing's share (ledger 'weighing'), or that of every weighing of
-- an operation (ledger 'overload_operation').
CREATE TEMP TRIGGER summary_apply_weighing INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'weighing'
BEGIN
	INSERT INTO summary_weighing_county (month, county_id, axle_class,
	    weighed, over_limit, over_gross, over_size, unloaded_kg,
	    excess_kg)
	SELECT month, county_id, axle_class, NEW.sign, NEW.sign * over_limit,
	       NEW.sign * over_gross, NEW.sign * over_size,
	       NEW.sign * unloaded_kg, NEW.sign * excess_kg
	FROM summary_weighing_events WHERE weighing_id = NEW.id
	ON CONFLICT (month, county_id, axle_class) DO UPDATE SET
	    weighed = weighed + excluded.weighed,
	    over_limit = over_limit + excluded.over_limit,
	    over_gross = over_gross + excluded.over_gross,
	    over_size = over_size + excluded.over_size,
	    unloaded_kg = unloaded_kg + excluded.unloaded_kg,
	    excess_kg = excess_kg + excluded.excess_kg;
	DELETE FROM summary_weighing_county
	WHERE NEW.sign < 0 AND weighed = 0
	  AND (month, county_id, axle_class) IN
	      (SELECT month, county_id, axle_class
	       FROM summary_weighing_events WHERE weighing_id = NEW.id);

	INSERT INTO summary_weighing_operation (operation_id, weighed,
	    over_limit, over_gross, over_size, unloaded_kg, excess_kg)
	SELECT operation_id, NEW.sign, NEW.sign * over_limit,
	       NEW.sign * over_gross, NEW.sign * over_size,
	       NEW.sign * unloaded_kg, NEW.sign * excess_kg
	FROM summary_weighing_events WHERE weighing_id = NEW.id
	ON CONFLICT (operation_id) DO UPDATE SET
	    weighed = weighed + excluded.weighed,
	    over_limit = over_limit + excluded.over_limit,
	    over_gross = over_gross + excluded.over_gross,
	    over_size = over_size + excluded.over_size,
	    unloaded_kg = unloaded_kg + excluded.unloaded_kg,
	    excess_kg = excess_kg + excluded.excess_kg;
	DELETE FROM summary_weighing_operation
	WHERE NEW.sign < 0 AND weighed = 0
	  AND operation_id IN (SELECT operation_id FROM weighing
	                       WHERE weighing_id = NEW.id);
END;

CREATE TEMP TRIGGER summary_apply_operation INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'overload_operation'
BEGIN
	INSERT INTO summary_apply (ledger, id, day, sign)
	SELECT 'weighing', weighing_id, NULL, NEW.sign
	FROM weighing WHERE operation_id = NEW.id;
END;

-- A visitor day added: the sums grow, and it may be the month's new
-- busiest day (or an earlier one as busy).  Changed or deleted days
-- recount their month instead (ledger 'visitor_month', below).
CREATE TEMP TRIGGER summary_apply_visitor_day INSTEAD OF INSERT
ON summary_apply WHEN NEW.ledger = 'visitor_day' AND NEW.sign > 0
BEGIN
	INSERT INTO summary_visitor_spot (month, spot_id, days, open_days,
	    visitors, peak_visitors, peak_day, yellow_days, orange_days,
	    red_days)
	SELECT month, spot_id, 1, open_day, visitors, visitors,
	       CASE WHEN visitors > 0 THEN day END, yellow_day, orange_day,
	       red_day
	FROM summary_visitor_events WHERE spot_id = NEW.id AND day = NEW.day
	ON CONFLICT (month, spot_id) DO UPDATE SET
	    days = days + 1,
	    open_days = open_days + excluded.open_days,
	    visitors = visitors + excluded.visitors,
	    peak_day = CASE
	        WHEN excluded.peak_visitors > peak_visitors
	            THEN excluded.peak_day
	        WHEN excluded.peak_visitors = peak_visitors
	            AND excluded.peak_day < peak_day THEN excluded.peak_day
	        ELSE peak_day END,
	    peak_visitors = max(peak_visitors, excluded.peak_visitors),
	    yellow_days = yellow_days + excluded.yellow_days,
	    orange_days = orange_days + excluded.orange_days,
	    red_days = red_days + excluded.red_days;
END;

-- Recount one spot's month (id = spot, day = a day of the month).
CREATE TEMP TRIGGER summary_apply_visitor_month INSTEAD OF INSERT
ON summary_apply WHEN NEW.ledger = 'visitor_month'
BEGIN
	DELETE FROM summary_visitor_spot
	WHERE month = substr(NEW.day, 1, 7) AND spot_id = NEW.id;
	INSERT INTO summary_visitor_spot (month, spot_id, days, open_days,
	    visitors, peak_visitors, peak_day, yellow_days, orange_days,
	    red_days)
	SELECT month, spot_id, count(*), sum(open_day), sum(visitors),
	       max(visitors), NULL, sum(yellow_day), sum(orange_day),
	       sum(red_day)
	FROM summary_visitor_events
	WHERE spot_id = NEW.id
	  AND day BETWEEN substr(NEW.day, 1, 7) || '-01'
	              AND substr(NEW.day, 1, 7) || '-31'
	GROUP BY month, spot_id;
	UPDATE summary_visitor_spot
	SET peak_day = (SELECT min(v.day) FROM visitor_day v
	                WHERE v.spot_id = NEW.id
	                  AND v.day BETWEEN substr(NEW.day, 1, 7) || '-01'
	                                AND substr(NEW.day, 1, 7) || '-31'
	                  AND v.visitors = summary_visitor_spot.peak_visitors)
	WHERE month = substr(NEW.day, 1, 7) AND spot_id = NEW.id
	  AND peak_visitors > 0;
END;

-- Recount every month of a spot whose capacity or warning lines changed.
CREATE TEMP TRIGGER summary_apply_scenic_spot INSTEAD OF INSERT
ON summary_apply WHEN NEW.ledger = 'scenic_spot'
BEGIN
	INSERT INTO summary_apply (ledger, id, day, sign)
	SELECT DISTINCT 'visitor_month', spot_id, substr(day, 1, 7) || '-01', 1
	FROM visitor_day WHERE spot_id = NEW.id;
END;

-- The ledgers' triggers ---------------------------------------------------
--
-- Out before a row changes, in after: an UPDATE that moves a row from
-- one group to another takes it out of the first and puts it into the
-- second.  Updates of columns no summary reads (descriptions, titles)
-- fire nothing.

CREATE TEMP TRIGGER summary_hazard_insert AFTER INSERT ON main.hazard
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('hazard', NEW.hazard_id, NULL, 1),
	    ('hazard_inspection', NEW.hazard_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'hazard', NEW.hazard_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_hazard_delete BEFORE DELETE ON main.hazard
BEGIN
	INSERT INTO summary_apply VALUES ('hazard', OLD.hazard_id, NULL, -1),
	    ('hazard_inspection', OLD.hazard_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_hazard_update_out BEFORE UPDATE OF hazard_id,
    township_id, sector, level, finder_kind, finder_dept, inspection_id,
    found_date, deadline_date, rectified_date ON main.hazard
BEGIN
	INSERT INTO summary_apply VALUES ('hazard', OLD.hazard_id, NULL, -1),
	    ('hazard_inspection', OLD.hazard_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_hazard_update_in AFTER UPDATE OF hazard_id,
    township_id, sector, level, finder_kind, finder_dept, inspection_id,
    found_date, deadline_date, rectified_date ON main.hazard
BEGIN
	INSERT INTO summary_apply VALUES ('hazard', NEW.hazard_id, NULL, 1),
	    ('hazard_inspection', NEW.hazard_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_inspection_insert AFTER INSERT ON main.inspection
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('inspection', NEW.inspection_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'inspection', NEW.inspection_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_inspection_delete BEFORE DELETE ON main.inspection
BEGIN
	INSERT INTO summary_apply VALUES
	    ('inspection', OLD.inspection_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_inspection_update_out BEFORE UPDATE OF
    inspection_id, township_id, dept, inspect_date, leader_led, key_period
    ON main.inspection
BEGIN
	INSERT INTO summary_apply VALUES
	    ('inspection', OLD.inspection_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_inspection_update_in AFTER UPDATE OF
    inspection_id, township_id, dept, inspect_date, leader_led, key_period
    ON main.inspection
BEGIN
	INSERT INTO summary_apply VALUES
	    ('inspection', NEW.inspection_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_enforcement_insert AFTER INSERT ON main.enforcement_case
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('enforcement_case', NEW.case_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'enforcement_case', NEW.case_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_enforcement_delete BEFORE DELETE
ON main.enforcement_case
BEGIN
	INSERT INTO summary_apply VALUES
	    ('enforcement_case', OLD.case_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_enforcement_update_out BEFORE UPDATE OF case_id,
    township_id, sector, dept, kind, decided_date, fine_yuan
    ON main.enforcement_case
BEGIN
	INSERT INTO summary_apply VALUES
	    ('enforcement_case', OLD.case_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_enforcement_update_in AFTER UPDATE OF case_id,
    township_id, sector, dept, kind, decided_date, fine_yuan
    ON main.enforcement_case
BEGIN
	INSERT INTO summary_apply VALUES
	    ('enforcement_case', NEW.case_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_outreach_insert AFTER INSERT ON main.outreach_event
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('outreach_event', NEW.event_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'outreach_event', NEW.event_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_outreach_delete BEFORE DELETE ON main.outreach_event
BEGIN
	INSERT INTO summary_apply VALUES
	    ('outreach_event', OLD.event_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_outreach_update_out BEFORE UPDATE OF event_id,
    township_id, kind, venue, held_date, participants ON main.outreach_event
BEGIN
	INSERT INTO summary_apply VALUES
	    ('outreach_event', OLD.event_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_outreach_update_in AFTER UPDATE OF event_id,
    township_id, kind, venue, held_date, participants ON main.outreach_event
BEGIN
	INSERT INTO summary_apply VALUES
	    ('outreach_event', NEW.event_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_publicity_insert AFTER INSERT ON main.publicity
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('publicity', NEW.publicity_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'publicity', NEW.publicity_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_publicity_delete BEFORE DELETE ON main.publicity
BEGIN
	INSERT INTO summary_apply VALUES
	    ('publicity', OLD.publicity_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_publicity_update_out BEFORE UPDATE OF
    publicity_id, county_id, medium, issued_date, quantity ON main.publicity
BEGIN
	INSERT INTO summary_apply VALUES
	    ('publicity', OLD.publicity_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_publicity_update_in AFTER UPDATE OF
    publicity_id, county_id, medium, issued_date, quantity ON main.publicity
BEGIN
	INSERT INTO summary_apply VALUES
	    ('publicity', NEW.publicity_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_meeting_insert AFTER INSERT ON main.meeting
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('meeting', NEW.meeting_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'meeting', NEW.meeting_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_meeting_delete BEFORE DELETE ON main.meeting
BEGIN
	INSERT INTO summary_apply VALUES ('meeting', OLD.meeting_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_meeting_update_out BEFORE UPDATE OF meeting_id,
    county_id, kind, held_date ON main.meeting
BEGIN
	INSERT INTO summary_apply VALUES ('meeting', OLD.meeting_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_meeting_update_in AFTER UPDATE OF meeting_id,
    county_id, kind, held_date ON main.meeting
BEGIN
	INSERT INTO summary_apply VALUES ('meeting', NEW.meeting_id, NULL, 1);
END;

-- An accident's figures and grade come from accident_figures (the latest
-- report within the revision window), so a new or changed report takes
-- the accident out and puts it back.
CREATE TEMP TRIGGER summary_accident_insert AFTER INSERT ON main.accident
BEGIN
	INSERT INTO summary_apply VALUES ('accident', NEW.accident_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_accident_delete BEFORE DELETE ON main.accident
BEGIN
	INSERT INTO summary_apply VALUES
	    ('accident', OLD.accident_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_accident_update_out BEFORE UPDATE OF accident_id,
    township_id, sector, occurred_date ON main.accident
BEGIN
	INSERT INTO summary_apply VALUES
	    ('accident', OLD.accident_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_accident_update_in AFTER UPDATE OF accident_id,
    township_id, sector, occurred_date ON main.accident
BEGIN
	INSERT INTO summary_apply VALUES ('accident', NEW.accident_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_figures_insert_out BEFORE INSERT
ON main.accident_figures
BEGIN
	INSERT INTO summary_apply VALUES
	    ('accident', NEW.accident_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_figures_insert_in AFTER INSERT ON main.accident_figures
BEGIN
	INSERT INTO summary_apply VALUES ('accident', NEW.accident_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_figures_delete_out BEFORE DELETE
ON main.accident_figures
BEGIN
	INSERT INTO summary_apply VALUES
	    ('accident', OLD.accident_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_figures_delete_in AFTER DELETE ON main.accident_figures
BEGIN
	INSERT INTO summary_apply VALUES ('accident', OLD.accident_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_figures_update_out BEFORE UPDATE
ON main.accident_figures
BEGIN
	INSERT INTO summary_apply SELECT 'accident', id, NULL, -1
	FROM (SELECT OLD.accident_id AS id UNION SELECT NEW.accident_id);
END;
CREATE TEMP TRIGGER summary_figures_update_in AFTER UPDATE ON main.accident_figures
BEGIN
	INSERT INTO summary_apply SELECT 'accident', id, NULL, 1
	FROM (SELECT OLD.accident_id AS id UNION SELECT NEW.accident_id);
END;
-- Grades and revision windows are data too: changing them regrades.
CREATE TEMP TRIGGER summary_grade_insert_out BEFORE INSERT ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, -1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_grade_insert_in AFTER INSERT ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, 1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_grade_update_out BEFORE UPDATE ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, -1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_grade_update_in AFTER UPDATE ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, 1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_grade_delete_out BEFORE DELETE ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, -1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_grade_delete_in AFTER DELETE ON main.accident_grade
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, 1
	FROM accident;
END;
CREATE TEMP TRIGGER summary_revision_days_out BEFORE UPDATE OF revision_days
ON main.sector
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, -1
	FROM accident WHERE sector = OLD.code;
END;
CREATE TEMP TRIGGER summary_revision_days_in AFTER UPDATE OF revision_days
ON main.sector
BEGIN
	INSERT INTO summary_apply SELECT 'accident', accident_id, NULL, 1
	FROM accident WHERE sector = NEW.code;
END;

CREATE TEMP TRIGGER summary_weighing_insert AFTER INSERT ON main.weighing
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('weighing', NEW.weighing_id, NULL, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'weighing', NEW.weighing_id, NULL FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_weighing_delete BEFORE DELETE ON main.weighing
BEGIN
	INSERT INTO summary_apply VALUES
	    ('weighing', OLD.weighing_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_weighing_update_out BEFORE UPDATE OF weighing_id,
    operation_id, axles, gross_kg, height_mm, width_mm, length_mm,
    unloaded_kg ON main.weighing
BEGIN
	INSERT INTO summary_apply VALUES
	    ('weighing', OLD.weighing_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_weighing_update_in AFTER UPDATE OF weighing_id,
    operation_id, axles, gross_kg, height_mm, width_mm, length_mm,
    unloaded_kg ON main.weighing
BEGIN
	INSERT INTO summary_apply VALUES ('weighing', NEW.weighing_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_operation_insert AFTER INSERT
ON main.overload_operation
BEGIN
	INSERT INTO summary_apply VALUES
	    ('overload_operation', NEW.operation_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_operation_delete BEFORE DELETE
ON main.overload_operation
BEGIN
	INSERT INTO summary_apply VALUES
	    ('overload_operation', OLD.operation_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_operation_update_out BEFORE UPDATE OF
    operation_id, township_id, op_date ON main.overload_operation
BEGIN
	INSERT INTO summary_apply VALUES
	    ('overload_operation', OLD.operation_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_operation_update_in AFTER UPDATE OF
    operation_id, township_id, op_date ON main.overload_operation
BEGIN
	INSERT INTO summary_apply VALUES
	    ('overload_operation', NEW.operation_id, NULL, 1);
END;
-- Over the limit is decided from the limits tables: changing a limit
-- re-decides every weighing.
CREATE TEMP TRIGGER summary_weight_limit_out BEFORE UPDATE ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_weight_limit_in AFTER UPDATE ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_weight_limit_insert_out BEFORE INSERT
ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_weight_limit_insert_in AFTER INSERT ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_weight_limit_delete_out BEFORE DELETE
ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_weight_limit_delete_in AFTER DELETE ON main.weight_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_out BEFORE UPDATE
ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_in AFTER UPDATE ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_insert_out BEFORE INSERT
ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_insert_in AFTER INSERT
ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_delete_out BEFORE DELETE
ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, -1 FROM overload_operation;
END;
CREATE TEMP TRIGGER summary_dimension_limit_delete_in AFTER DELETE
ON main.dimension_limit
BEGIN
	INSERT INTO summary_apply SELECT 'overload_operation', operation_id,
	    NULL, 1 FROM overload_operation;
END;

CREATE TEMP TRIGGER summary_visitor_insert AFTER INSERT ON main.visitor_day
BEGIN
	INSERT INTO summary_apply
	SELECT * FROM (VALUES ('visitor_day', NEW.spot_id, NEW.day, 1))
	WHERE (SELECT deferred FROM bulk_load) = 0;
	INSERT INTO bulk_pending
	SELECT 'visitor_day', NEW.spot_id, NEW.day FROM bulk_load WHERE deferred = 1;
END;
CREATE TEMP TRIGGER summary_visitor_delete AFTER DELETE ON main.visitor_day
BEGIN
	INSERT INTO summary_apply VALUES
	    ('visitor_month', OLD.spot_id, OLD.day, 1);
END;
CREATE TEMP TRIGGER summary_visitor_update AFTER UPDATE OF spot_id, day,
    status, visitors ON main.visitor_day
BEGIN
	INSERT INTO summary_apply VALUES
	    ('visitor_month', OLD.spot_id, OLD.day, 1),
	    ('visitor_month', NEW.spot_id, NEW.day, 1);
END;
CREATE TEMP TRIGGER summary_spot_update AFTER UPDATE OF spot_id,
    daily_capacity, warn_yellow_pct, warn_orange_pct, warn_red_pct
    ON main.scenic_spot
BEGIN
	INSERT INTO summary_apply VALUES
	    ('scenic_spot', OLD.spot_id, NULL, 1),
	    ('scenic_spot', NEW.spot_id, NULL, 1);
END;

-- A township moved to another county (a re-division) moves its rows in
-- the county summaries.
CREATE TEMP TRIGGER summary_township_county_out BEFORE UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_apply
	SELECT 'hazard', hazard_id, NULL, -1 FROM hazard
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'inspection', inspection_id, NULL, -1 FROM inspection
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'enforcement_case', case_id, NULL, -1 FROM enforcement_case
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'outreach_event', event_id, NULL, -1 FROM outreach_event
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'accident', accident_id, NULL, -1 FROM accident
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'overload_operation', operation_id, NULL, -1
	FROM overload_operation WHERE township_id = OLD.township_id;
END;
CREATE TEMP TRIGGER summary_township_county_in AFTER UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_apply
	SELECT 'hazard', hazard_id, NULL, 1 FROM hazard
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'inspection', inspection_id, NULL, 1 FROM inspection
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'enforcement_case', case_id, NULL, 1 FROM enforcement_case
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'outreach_event', event_id, NULL, 1 FROM outreach_event
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'accident', accident_id, NULL, 1 FROM accident
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'overload_operation', operation_id, NULL, 1
	FROM overload_operation WHERE township_id = NEW.township_id;
END;

-- Gas users and chemicals units on an as-of day (gas users, chemicals
-- units, gas summary, chemicals summary) --------------------------------
--
-- These count registers, not events, as of a day: a user's alarm works
-- on day D when it is 'working' and was installed by D; a chemicals unit
-- is open on D when opened by D and not closed by D, and its major hazard
-- installations count when registered by D.  With D a month's last day
-- each test is a month comparison, so the rows hold months:
--   gas users: users by (kind, alarm, alarm_month) -- alarm_month '' for
--     no alarm; as of month M, working = users with alarm 'working' and
--     alarm_month <= M (faulty alike); the rest have none by then.
--   chemicals units: changes by (kind, month, change): a unit comes in
--     (change +1) in the month it opened and goes out (-1) in the month
--     it closed; its first installation (installed_units) and each
--     installation (grade_N) come in in the later of the months it was
--     registered and the unit opened, and go out with the unit.  As of
--     month M: the sum of change x count over the rows with month <= M.
-- Each comes province-wide (the whole province's question reads a few
-- thousand rows) and by township (a township's or a county's reads its
-- own).  Not deferred by import: these registers are small, their
-- triggers cheap.

CREATE TEMP VIEW summary_gas_user_events AS
SELECT g.user_id, t.county_id, g.township_id, g.kind, g.alarm,
       coalesce(substr(g.alarm_date, 1, 7), '') AS alarm_month
FROM gas_user g JOIN township t ON t.township_id = g.township_id;

CREATE TEMP VIEW summary_gas_user_province_from_ledger AS
SELECT kind, alarm, alarm_month, count(*) AS users
FROM summary_gas_user_events
GROUP BY kind, alarm, alarm_month;

CREATE TEMP VIEW summary_gas_user_township_from_ledger AS
SELECT township_id, kind, alarm, alarm_month, county_id, count(*) AS users
FROM summary_gas_user_events
GROUP BY township_id, kind, alarm, alarm_month;

-- A chemicals unit counts from the month it opened to the month it
-- closed; each installation of it, and its first, from the month it was
-- registered or the unit opened, whichever is later, to the month the
-- unit closed.  Each is an event in (change +1) and, once closed, out
-- (change -1, in the later of its start and the closing month: never
-- before it came in).
CREATE TEMP VIEW summary_chem_unit_events AS
WITH u AS (
	SELECT c.unit_id, t.county_id, n.township_id, c.kind,
	       substr(n.opened_date, 1, 7) AS opened_month,
	       substr(n.closed_date, 1, 7) AS closed_month,
	       (SELECT substr(min(m.registered_date), 1, 7)
	        FROM major_hazard_installation m
	        WHERE m.unit_id = c.unit_id) AS installed_month
	FROM chem_unit c
	JOIN unit n ON n.unit_id = c.unit_id
	JOIN township t ON t.township_id = n.township_id),
e AS (
	SELECT unit_id, county_id, township_id, kind, closed_month,
	       opened_month AS start_month, 1 AS units, 0 AS installed_units,
	       0 AS grade_1, 0 AS grade_2, 0 AS grade_3, 0 AS grade_4
	FROM u
	UNION ALL
	SELECT unit_id, county_id, township_id, kind, closed_month,
	       max(opened_month, installed_month), 0, 1, 0, 0, 0, 0
	FROM u WHERE installed_month IS NOT NULL
	UNION ALL
	SELECT u.unit_id, u.county_id, u.township_id, u.kind, u.closed_month,
	       max(u.opened_month, substr(m.registered_date, 1, 7)), 0, 0,
	       m.grade = 1, m.grade = 2, m.grade = 3, m.grade = 4
	FROM u JOIN major_hazard_installation m ON m.unit_id = u.unit_id)
SELECT unit_id, county_id, township_id, kind, start_month AS month,
       1 AS change, units, installed_units, grade_1, grade_2, grade_3,
       grade_4
FROM e
UNION ALL
SELECT unit_id, county_id, township_id, kind,
       max(start_month, closed_month), -1, units, installed_units,
       grade_1, grade_2, grade_3, grade_4
FROM e WHERE closed_month IS NOT NULL;

CREATE TEMP VIEW summary_chem_unit_province_from_ledger AS
SELECT kind, month, change, sum(units) AS units,
       sum(installed_units) AS installed_units, sum(grade_1) AS grade_1,
       sum(grade_2) AS grade_2, sum(grade_3) AS grade_3,
       sum(grade_4) AS grade_4
FROM summary_chem_unit_events
GROUP BY kind, month, change;

CREATE TEMP VIEW summary_chem_unit_township_from_ledger AS
SELECT township_id, kind, month, change, county_id, sum(units) AS units,
       sum(installed_units) AS installed_units, sum(grade_1) AS grade_1,
       sum(grade_2) AS grade_2, sum(grade_3) AS grade_3,
       sum(grade_4) AS grade_4
FROM summary_chem_unit_events
GROUP BY township_id, kind, month, change;

-- A gas user's share of its two summaries.
CREATE TEMP TRIGGER summary_apply_gas_user INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'gas_user'
BEGIN
	INSERT INTO summary_gas_user_province (kind, alarm, alarm_month,
	    users)
	SELECT kind, alarm, alarm_month, NEW.sign
	FROM summary_gas_user_events WHERE user_id = NEW.id
	ON CONFLICT (kind, alarm, alarm_month) DO UPDATE SET
	    users = users + excluded.users;
	DELETE FROM summary_gas_user_province
	WHERE NEW.sign < 0 AND users = 0
	  AND (kind, alarm, alarm_month) IN
	      (SELECT kind, alarm, alarm_month
	       FROM summary_gas_user_events WHERE user_id = NEW.id);

	INSERT INTO summary_gas_user_township (township_id, kind, alarm,
	    alarm_month, county_id, users)
	SELECT township_id, kind, alarm, alarm_month, county_id, NEW.sign
	FROM summary_gas_user_events WHERE user_id = NEW.id
	ON CONFLICT (township_id, kind, alarm, alarm_month) DO UPDATE SET
	    users = users + excluded.users;
	DELETE FROM summary_gas_user_township
	WHERE NEW.sign < 0 AND users = 0
	  AND (township_id, kind, alarm, alarm_month) IN
	      (SELECT township_id, kind, alarm, alarm_month
	       FROM summary_gas_user_events WHERE user_id = NEW.id);
END;

-- A chemicals unit's share -- the unit and all its installations -- of
-- its two summaries (id: the unit).
CREATE TEMP TRIGGER summary_apply_chem_unit INSTEAD OF INSERT ON summary_apply
WHEN NEW.ledger = 'chem_unit'
BEGIN
	INSERT INTO summary_chem_unit_province (kind, month, change, units,
	    installed_units, grade_1, grade_2, grade_3, grade_4)
	SELECT kind, month, change, NEW.sign * sum(units),
	       NEW.sign * sum(installed_units), NEW.sign * sum(grade_1),
	       NEW.sign * sum(grade_2), NEW.sign * sum(grade_3),
	       NEW.sign * sum(grade_4)
	FROM summary_chem_unit_events WHERE unit_id = NEW.id
	GROUP BY kind, month, change
	ON CONFLICT (kind, month, change) DO UPDATE SET
	    units = units + excluded.units,
	    installed_units = installed_units + excluded.installed_units,
	    grade_1 = grade_1 + excluded.grade_1,
	    grade_2 = grade_2 + excluded.grade_2,
	    grade_3 = grade_3 + excluded.grade_3,
	    grade_4 = grade_4 + excluded.grade_4;
	DELETE FROM summary_chem_unit_province
	WHERE NEW.sign < 0 AND units = 0 AND installed_units = 0
	  AND grade_1 = 0 AND grade_2 = 0 AND grade_3 = 0 AND grade_4 = 0
	  AND (kind, month, change) IN
	      (SELECT kind, month, change
	       FROM summary_chem_unit_events WHERE unit_id = NEW.id);

	INSERT INTO summary_chem_unit_township (township_id, kind, month,
	    change, county_id, units, installed_units, grade_1, grade_2,
	    grade_3, grade_4)
	SELECT township_id, kind, month, change, county_id,
	       NEW.sign * sum(units), NEW.sign * sum(installed_units),
	       NEW.sign * sum(grade_1), NEW.sign * sum(grade_2),
	       NEW.sign * sum(grade_3), NEW.sign * sum(grade_4)
	FROM summary_chem_unit_events WHERE unit_id = NEW.id
	GROUP BY township_id, kind, month, change
	ON CONFLICT (township_id, kind, month, change) DO UPDATE SET
	    units = units + excluded.units,
	    installed_units = installed_units + excluded.installed_units,
	    grade_1 = grade_1 + excluded.grade_1,
	    grade_2 = grade_2 + excluded.grade_2,
	    grade_3 = grade_3 + excluded.grade_3,
	    grade_4 = grade_4 + excluded.grade_4;
	DELETE FROM summary_chem_unit_township
	WHERE NEW.sign < 0 AND units = 0 AND installed_units = 0
	  AND grade_1 = 0 AND grade_2 = 0 AND grade_3 = 0 AND grade_4 = 0
	  AND (township_id, kind, month, change) IN
	      (SELECT township_id, kind, month, change
	       FROM summary_chem_unit_events WHERE unit_id = NEW.id);
END;

-- The registers' triggers: out before a change, in after.  A unit's
-- share depends on its chem_unit row, its unit row (township, opened,
-- closed) and its installations, so a change to any of them takes the
-- whole unit out and puts it back; a township moved to another county
-- moves its users and units.

CREATE TEMP TRIGGER summary_gas_user_insert AFTER INSERT ON main.gas_user
BEGIN
	INSERT INTO summary_apply VALUES ('gas_user', NEW.user_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_gas_user_delete BEFORE DELETE ON main.gas_user
BEGIN
	INSERT INTO summary_apply VALUES ('gas_user', OLD.user_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_gas_user_update_out BEFORE UPDATE OF user_id,
    township_id, kind, alarm, alarm_date ON main.gas_user
BEGIN
	INSERT INTO summary_apply VALUES ('gas_user', OLD.user_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_gas_user_update_in AFTER UPDATE OF user_id,
    township_id, kind, alarm, alarm_date ON main.gas_user
BEGIN
	INSERT INTO summary_apply VALUES ('gas_user', NEW.user_id, NULL, 1);
END;

CREATE TEMP TRIGGER summary_chem_unit_insert AFTER INSERT ON main.chem_unit
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', NEW.unit_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_chem_unit_delete BEFORE DELETE ON main.chem_unit
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', OLD.unit_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_chem_unit_update_out BEFORE UPDATE OF unit_id, kind
ON main.chem_unit
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', OLD.unit_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_chem_unit_update_in AFTER UPDATE OF unit_id, kind
ON main.chem_unit
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', NEW.unit_id, NULL, 1);
END;

-- A unit row matters only to a chemicals unit; inserted after its
-- chem_unit row (foreign keys off), it brings that row in.
CREATE TEMP TRIGGER summary_chem_unit_unit_insert AFTER INSERT ON main.unit
WHEN EXISTS (SELECT 1 FROM chem_unit WHERE unit_id = NEW.unit_id)
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', NEW.unit_id, NULL, 1);
END;
CREATE TEMP TRIGGER summary_chem_unit_unit_delete BEFORE DELETE ON main.unit
WHEN EXISTS (SELECT 1 FROM chem_unit WHERE unit_id = OLD.unit_id)
BEGIN
	INSERT INTO summary_apply VALUES ('chem_unit', OLD.unit_id, NULL, -1);
END;
CREATE TEMP TRIGGER summary_chem_unit_unit_update_out BEFORE UPDATE OF unit_id,
    township_id, opened_date, closed_date ON main.unit
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, -1
	FROM chem_unit WHERE unit_id IN (OLD.unit_id, NEW.unit_id);
END;
CREATE TEMP TRIGGER summary_chem_unit_unit_update_in AFTER UPDATE OF unit_id,
    township_id, opened_date, closed_date ON main.unit
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, 1
	FROM chem_unit WHERE unit_id IN (OLD.unit_id, NEW.unit_id);
END;

CREATE TEMP TRIGGER summary_installation_insert_out BEFORE INSERT
ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, -1
	FROM chem_unit WHERE unit_id = NEW.unit_id;
END;
CREATE TEMP TRIGGER summary_installation_insert_in AFTER INSERT
ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, 1
	FROM chem_unit WHERE unit_id = NEW.unit_id;
END;
CREATE TEMP TRIGGER summary_installation_delete_out BEFORE DELETE
ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, -1
	FROM chem_unit WHERE unit_id = OLD.unit_id;
END;
CREATE TEMP TRIGGER summary_installation_delete_in AFTER DELETE
ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, 1
	FROM chem_unit WHERE unit_id = OLD.unit_id;
END;
CREATE TEMP TRIGGER summary_installation_update_out BEFORE UPDATE OF
    installation_id, unit_id, grade, registered_date
    ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, -1
	FROM chem_unit WHERE unit_id IN (OLD.unit_id, NEW.unit_id);
END;
CREATE TEMP TRIGGER summary_installation_update_in AFTER UPDATE OF
    installation_id, unit_id, grade, registered_date
    ON main.major_hazard_installation
BEGIN
	INSERT INTO summary_apply SELECT 'chem_unit', unit_id, NULL, 1
	FROM chem_unit WHERE unit_id IN (OLD.unit_id, NEW.unit_id);
END;

CREATE TEMP TRIGGER summary_units_township_county_out BEFORE UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_apply
	SELECT 'gas_user', user_id, NULL, -1 FROM gas_user
	WHERE township_id = OLD.township_id;
	INSERT INTO summary_apply
	SELECT 'chem_unit', c.unit_id, NULL, -1
	FROM chem_unit c JOIN unit u ON u.unit_id = c.unit_id
	WHERE u.township_id = OLD.township_id;
END;
CREATE TEMP TRIGGER summary_units_township_county_in AFTER UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_apply
	SELECT 'gas_user', user_id, NULL, 1 FROM gas_user
	WHERE township_id = NEW.township_id;
	INSERT INTO summary_apply
	SELECT 'chem_unit', c.unit_id, NULL, 1
	FROM chem_unit c JOIN unit u ON u.unit_id = c.unit_id
	WHERE u.township_id = NEW.township_id;
END;

CREATE TEMP VIEW summary_enforcement_county_category_from_ledger AS
SELECT e.month, e.county_id, k.category, count(*) AS cases,
       sum(e.fine_yuan) AS fine_yuan
FROM summary_enforcement_events e JOIN case_kind k ON k.code = e.kind
GROUP BY e.month, e.county_id, k.category;

CREATE TEMP TRIGGER summary_enforcement_category_insert
AFTER INSERT ON main.summary_enforcement_county
BEGIN
	INSERT INTO summary_enforcement_county_category (month, county_id,
	    category, cases, fine_yuan)
	SELECT NEW.month, NEW.county_id, k.category, NEW.cases, NEW.fine_yuan
	FROM case_kind k WHERE k.code = NEW.kind
	ON CONFLICT (month, county_id, category) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;
END;

CREATE TEMP TRIGGER summary_enforcement_category_update
AFTER UPDATE ON main.summary_enforcement_county
BEGIN
	UPDATE summary_enforcement_county_category
	SET cases = cases - OLD.cases, fine_yuan = fine_yuan - OLD.fine_yuan
	WHERE month = OLD.month AND county_id = OLD.county_id
	  AND category = (SELECT category FROM case_kind WHERE code = OLD.kind);
	INSERT INTO summary_enforcement_county_category (month, county_id,
	    category, cases, fine_yuan)
	SELECT NEW.month, NEW.county_id, k.category, NEW.cases, NEW.fine_yuan
	FROM case_kind k WHERE k.code = NEW.kind
	ON CONFLICT (month, county_id, category) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;
	DELETE FROM summary_enforcement_county_category
	WHERE month = OLD.month AND county_id = OLD.county_id AND cases = 0
	  AND category IN (SELECT category FROM case_kind
	                   WHERE code IN (OLD.kind, NEW.kind));
END;

CREATE TEMP TRIGGER summary_enforcement_category_delete
AFTER DELETE ON main.summary_enforcement_county
BEGIN
	UPDATE summary_enforcement_county_category
	SET cases = cases - OLD.cases, fine_yuan = fine_yuan - OLD.fine_yuan
	WHERE month = OLD.month AND county_id = OLD.county_id
	  AND category = (SELECT category FROM case_kind WHERE code = OLD.kind);
	DELETE FROM summary_enforcement_county_category
	WHERE month = OLD.month AND county_id = OLD.county_id AND cases = 0
	  AND category = (SELECT category FROM case_kind WHERE code = OLD.kind);
END;

-- A case kind is a code row: any change recounts the whole (small) table.
CREATE TEMP TRIGGER summary_enforcement_category_kind_update
AFTER UPDATE OF code, category ON main.case_kind
BEGIN
	DELETE FROM summary_enforcement_county_category;
	INSERT INTO summary_enforcement_county_category (month, county_id,
	    category, cases, fine_yuan)
	SELECT s.month, s.county_id, k.category, sum(s.cases),
	       sum(s.fine_yuan)
	FROM summary_enforcement_county s JOIN case_kind k ON k.code = s.kind
	GROUP BY s.month, s.county_id, k.category;
END;

CREATE TEMP VIEW bulk_hazard_events AS
SELECT g.county_id, g.township_id, g.sector, g.level, g.finder_kind,
       g.finder_dept, g.found_month,
       CASE e.event WHEN 'found' THEN g.found_month
                    WHEN 'overdue' THEN g.overdue_month
                    ELSE g.rectified_month END AS month,
       CASE e.event WHEN 'found' THEN g.hazards ELSE 0 END AS found,
       CASE e.event WHEN 'rectified' THEN g.hazards ELSE 0 END
           AS rectified,
       CASE e.event WHEN 'overdue' THEN g.hazards
                    WHEN 'overdue_rectified' THEN -g.hazards
                    ELSE 0 END AS overdue_change
FROM bulk_hazard_group g
CROSS JOIN (SELECT 'found' AS event UNION ALL SELECT 'rectified'
            UNION ALL SELECT 'overdue' UNION ALL SELECT 'overdue_rectified') e
WHERE e.event = 'found'
   OR (e.event = 'rectified' AND g.rectified_month IS NOT NULL)
   OR (e.event = 'overdue' AND (g.rectified_month IS NULL
                                OR g.overdue_month < g.rectified_month))
   OR (e.event = 'overdue_rectified'
       AND g.overdue_month < g.rectified_month);

CREATE TEMP TRIGGER bulk_load_one_row BEFORE INSERT ON main.bulk_load
BEGIN
	SELECT RAISE(ABORT, 'bulk_load has one row: UPDATE it');
END;
CREATE TEMP TRIGGER bulk_load_keep_row BEFORE DELETE ON main.bulk_load
BEGIN
	SELECT RAISE(ABORT, 'bulk_load has one row: UPDATE it');
END;

-- Refused only while rows are noted: a deferred import into a table
-- that is not deferred (accident figures, limits) works row by row.
CREATE TEMP TRIGGER bulk_load_refuse INSTEAD OF INSERT ON summary_apply
WHEN (NEW.sign < 0 OR NEW.ledger = 'visitor_month')
 AND EXISTS (SELECT 1 FROM bulk_pending)
BEGIN
	SELECT RAISE(ABORT, 'cannot change or delete ledger rows while appends are deferred (an import is under way): UPDATE bulk_load SET deferred = 0 first');
END;


-- The end of a deferral: each summary gets the noted rows' shares,
-- summed by its key, in one statement.  Every share added is positive
-- (a hazard's -1 overdue_change comes with its +1 rectified), so no row
-- falls to zero and nothing is deleted.
CREATE TEMP TRIGGER bulk_load_flush AFTER UPDATE OF deferred ON main.bulk_load
WHEN OLD.deferred = 1 AND NEW.deferred = 0
BEGIN
	-- The noted hazards, grouped once by what their events depend on
	-- (sorting a million rows is most of the flush), then their events
	-- summed from those groups into each hazard summary.
	INSERT INTO bulk_hazard_group (found_month, rectified_month,
	    overdue_month, township_id, sector, level, finder_kind,
	    finder_dept, county_id, hazards)
	SELECT found_month, rectified_month, overdue_month, township_id,
	       sector, level, finder_kind, finder_dept, max(county_id),
	       count(*)
	FROM summary_hazard_months
	WHERE hazard_id IN (SELECT id FROM bulk_pending WHERE ledger = 'hazard')
	GROUP BY found_month, rectified_month, overdue_month, township_id,
	    sector, level, finder_kind, finder_dept;

	INSERT INTO summary_hazard_county (found_month, month, county_id,
	    level, found, rectified, overdue_change)
	SELECT found_month, month, county_id, level, sum(found),
	       sum(rectified), sum(overdue_change)
	FROM bulk_hazard_events WHERE 1
	GROUP BY found_month, month, county_id, level
	ON CONFLICT (found_month, month, county_id, level) DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;

	INSERT INTO summary_hazard_township (county_id, found_month, month,
	    township_id, level, found, rectified, overdue_change)
	SELECT county_id, found_month, month, township_id, level, sum(found),
	       sum(rectified), sum(overdue_change)
	FROM bulk_hazard_events WHERE 1
	GROUP BY county_id, found_month, month, township_id, level
	ON CONFLICT (county_id, found_month, month, township_id, level)
	DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;

	INSERT INTO summary_hazard_county_sector (county_id, found_month,
	    month, sector, level, found, rectified, overdue_change)
	SELECT county_id, found_month, month, sector, level, sum(found),
	       sum(rectified), sum(overdue_change)
	FROM bulk_hazard_events WHERE 1
	GROUP BY county_id, found_month, month, sector, level
	ON CONFLICT (county_id, found_month, month, sector, level)
	DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;

	INSERT INTO summary_hazard_province (found_month, month, sector,
	    level, finder_kind, finder_dept, found, rectified,
	    overdue_change)
	SELECT found_month, month, sector, level, finder_kind, finder_dept,
	       sum(found), sum(rectified), sum(overdue_change)
	FROM bulk_hazard_events WHERE 1
	GROUP BY found_month, month, sector, level, finder_kind, finder_dept
	ON CONFLICT (found_month, month, sector, level, finder_kind,
	    finder_dept) DO UPDATE SET
	    found = found + excluded.found,
	    rectified = rectified + excluded.rectified,
	    overdue_change = overdue_change + excluded.overdue_change;

	DELETE FROM bulk_hazard_group;

	-- The noted inspections and the noted hazards an inspection found,
	-- grouped once by the county summary's key, then summed into the
	-- province's.
	INSERT INTO bulk_inspection_group (month, found_month, county_id,
	    dept, leader_led, key_period, inspections, hazards,
	    major_hazards)
	SELECT month, found_month, county_id, dept, leader_led, key_period,
	       sum(inspections), sum(hazards), sum(major_hazards)
	FROM (SELECT month, found_month, county_id, dept, leader_led,
	             key_period, inspections, hazards, major_hazards
	      FROM summary_inspection_events
	      WHERE inspection_id IN (SELECT id FROM bulk_pending
	                              WHERE ledger = 'inspection')
	      UNION ALL
	      SELECT month, found_month, county_id, dept, leader_led,
	             key_period, inspections, hazards, major_hazards
	      FROM summary_inspection_hazard_events
	      WHERE hazard_id IN (SELECT id FROM bulk_pending
	                          WHERE ledger = 'hazard'))
	GROUP BY month, found_month, county_id, dept, leader_led, key_period;

	INSERT INTO summary_inspection_county (month, found_month, county_id,
	    dept, leader_led, key_period, inspections, hazards,
	    major_hazards)
	SELECT month, found_month, county_id, dept, leader_led, key_period,
	       inspections, hazards, major_hazards
	FROM bulk_inspection_group WHERE 1
	ON CONFLICT (month, found_month, county_id, dept, leader_led,
	    key_period) DO UPDATE SET
	    inspections = inspections + excluded.inspections,
	    hazards = hazards + excluded.hazards,
	    major_hazards = major_hazards + excluded.major_hazards;

	INSERT INTO summary_inspection_province (month, found_month, dept,
	    leader_led, key_period, inspections, hazards, major_hazards)
	SELECT month, found_month, dept, leader_led, key_period,
	       sum(inspections), sum(hazards), sum(major_hazards)
	FROM bulk_inspection_group WHERE 1
	GROUP BY month, found_month, dept, leader_led, key_period
	ON CONFLICT (month, found_month, dept, leader_led, key_period)
	DO UPDATE SET
	    inspections = inspections + excluded.inspections,
	    hazards = hazards + excluded.hazards,
	    major_hazards = major_hazards + excluded.major_hazards;

	DELETE FROM bulk_inspection_group;

	INSERT INTO summary_enforcement_county (month, county_id, sector,
	    dept, kind, cases, fine_yuan)
	SELECT month, county_id, sector, dept, kind, count(*), sum(fine_yuan)
	FROM summary_enforcement_events
	WHERE case_id IN (SELECT id FROM bulk_pending
	                  WHERE ledger = 'enforcement_case')
	GROUP BY month, county_id, sector, dept, kind
	ON CONFLICT (month, county_id, sector, dept, kind) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;

	INSERT INTO summary_enforcement_province (month, sector, dept, kind,
	    cases, fine_yuan)
	SELECT month, sector, dept, kind, count(*), sum(fine_yuan)
	FROM summary_enforcement_events
	WHERE case_id IN (SELECT id FROM bulk_pending
	                  WHERE ledger = 'enforcement_case')
	GROUP BY month, sector, dept, kind
	ON CONFLICT (month, sector, dept, kind) DO UPDATE SET
	    cases = cases + excluded.cases,
	    fine_yuan = fine_yuan + excluded.fine_yuan;

	INSERT INTO summary_outreach_county (month, county_id, kind, venue,
	    events, participants)
	SELECT month, county_id, kind, venue, count(*), sum(participants)
	FROM summary_outreach_events
	WHERE event_id IN (SELECT id FROM bulk_pending
	                   WHERE ledger = 'outreach_event')
	GROUP BY month, county_id, kind, venue
	ON CONFLICT (month, county_id, kind, venue) DO UPDATE SET
	    events = events + excluded.events,
	    participants = participants + excluded.participants;

	INSERT INTO summary_outreach_province (month, kind, venue, events,
	    participants)
	SELECT month, kind, venue, count(*), sum(participants)
	FROM summary_outreach_events
	WHERE event_id IN (SELECT id FROM bulk_pending
	                   WHERE ledger = 'outreach_event')
	GROUP BY month, kind, venue
	ON CONFLICT (month, kind, venue) DO UPDATE SET
	    events = events + excluded.events,
	    participants = participants + excluded.participants;

	INSERT INTO summary_publicity_county (month, county_id, medium,
	    batches, quantity)
	SELECT substr(issued_date, 1, 7), county_id, medium, count(*),
	       sum(quantity)
	FROM publicity
	WHERE publicity_id IN (SELECT id FROM bulk_pending
	                       WHERE ledger = 'publicity')
	GROUP BY substr(issued_date, 1, 7), county_id, medium
	ON CONFLICT (month, county_id, medium) DO UPDATE SET
	    batches = batches + excluded.batches,
	    quantity = quantity + excluded.quantity;

	INSERT INTO summary_publicity_province (month, medium, batches,
	    quantity)
	SELECT substr(issued_date, 1, 7), medium, count(*), sum(quantity)
	FROM publicity
	WHERE publicity_id IN (SELECT id FROM bulk_pending
	                       WHERE ledger = 'publicity')
	GROUP BY substr(issued_date, 1, 7), medium
	ON CONFLICT (month, medium) DO UPDATE SET
	    batches = batches + excluded.batches,
	    quantity = quantity + excluded.quantity;

	INSERT INTO summary_meeting_county (month, county_id, kind, meetings)
	SELECT substr(held_date, 1, 7), county_id, kind, count(*)
	FROM meeting
	WHERE meeting_id IN (SELECT id FROM bulk_pending
	                     WHERE ledger = 'meeting')
	GROUP BY substr(held_date, 1, 7), county_id, kind
	ON CONFLICT (month, county_id, kind) DO UPDATE SET
	    meetings = meetings + excluded.meetings;

	INSERT INTO summary_meeting_province (month, kind, meetings)
	SELECT substr(held_date, 1, 7), kind, count(*)
	FROM meeting
	WHERE meeting_id IN (SELECT id FROM bulk_pending
	                     WHERE ledger = 'meeting')
	GROUP BY substr(held_date, 1, 7), kind
	ON CONFLICT (month, kind) DO UPDATE SET
	    meetings = meetings + excluded.meetings;

	INSERT INTO summary_weighing_county (month, county_id, axle_class,
	    weighed, over_limit, over_gross, over_size, unloaded_kg,
	    excess_kg)
	SELECT month, county_id, axle_class, count(*), sum(over_limit),
	       sum(over_gross), sum(over_size), sum(unloaded_kg),
	       sum(excess_kg)
	FROM summary_weighing_events
	WHERE weighing_id IN (SELECT id FROM bulk_pending
	                      WHERE ledger = 'weighing')
	GROUP BY month, county_id, axle_class
	ON CONFLICT (month, county_id, axle_class) DO UPDATE SET
	    weighed = weighed + excluded.weighed,
	    over_limit = over_limit + excluded.over_limit,
	    over_gross = over_gross + excluded.over_gross,
	    over_size = over_size + excluded.over_size,
	    unloaded_kg = unloaded_kg + excluded.unloaded_kg,
	    excess_kg = excess_kg + excluded.excess_kg;

	INSERT INTO summary_weighing_operation (operation_id, weighed,
	    over_limit, over_gross, over_size, unloaded_kg, excess_kg)
	SELECT operation_id, count(*), sum(over_limit), sum(over_gross),
	       sum(over_size), sum(unloaded_kg), sum(excess_kg)
	FROM summary_weighing_events
	WHERE weighing_id IN (SELECT id FROM bulk_pending
	                      WHERE ledger = 'weighing')
	GROUP BY operation_id
	ON CONFLICT (operation_id) DO UPDATE SET
	    weighed = weighed + excluded.weighed,
	    over_limit = over_limit + excluded.over_limit,
	    over_gross = over_gross + excluded.over_gross,
	    over_size = over_size + excluded.over_size,
	    unloaded_kg = unloaded_kg + excluded.unloaded_kg,
	    excess_kg = excess_kg + excluded.excess_kg;

	-- A spot's month: the noted days' sums, and their busiest day (the
	-- first of equals), which replaces the month's when it is busier,
	-- or as busy and earlier.
	INSERT INTO summary_visitor_spot (month, spot_id, days, open_days,
	    visitors, peak_visitors, peak_day, yellow_days, orange_days,
	    red_days)
	SELECT month, spot_id, count(*), sum(open_day), sum(visitors),
	       max(visitors),
	       min(CASE WHEN visitors = batch_peak AND visitors > 0
	                THEN day END),
	       sum(yellow_day), sum(orange_day), sum(red_day)
	FROM (SELECT e.*, max(e.visitors) OVER (PARTITION BY e.spot_id,
	                                                     e.month)
	                  AS batch_peak
	      FROM summary_visitor_events e
	      WHERE (e.spot_id, e.day) IN (SELECT id, day FROM bulk_pending
	                                   WHERE ledger = 'visitor_day'))
	WHERE 1
	GROUP BY month, spot_id
	ON CONFLICT (month, spot_id) DO UPDATE SET
	    days = days + excluded.days,
	    open_days = open_days + excluded.open_days,
	    visitors = visitors + excluded.visitors,
	    peak_day = CASE
	        WHEN excluded.peak_visitors > peak_visitors
	            THEN excluded.peak_day
	        WHEN excluded.peak_visitors = peak_visitors
	            AND excluded.peak_day < peak_day THEN excluded.peak_day
	        ELSE peak_day END,
	    peak_visitors = max(peak_visitors, excluded.peak_visitors),
	    yellow_days = yellow_days + excluded.yellow_days,
	    orange_days = orange_days + excluded.orange_days,
	    red_days = red_days + excluded.red_days;

	DELETE FROM bulk_pending;
END;

------------------------------------------------------------------------
-- Insurance coverage (`insurance`, the report's 安责险覆盖率): the units
-- for which safety-liability insurance is mandatory, and those insured,
-- at every month end, by county and sector.
--
-- A unit counts at a month end E when opened_date <= E < closed_date,
-- and is insured there when some policy has start_date <= E <= end_date.
-- In month numbers both are half-open runs of month ends: open from the
-- month of opened_date up to (not including) the month of closed_date;
-- a policy covers from the month of start_date up to the month of the
-- day after end_date.  The summary stores changes: mandatory_change and
-- insured_change are what the counts gain at the end of `month` over the
-- end of the month before, so the counts at the end of month M are the
-- sums over month <= M.  A unit's changes fall only in the months where
-- one of its runs begins or ends; at each such month the view compares
-- its state there with its state a month earlier, so overlapping or
-- back-to-back policies count the unit once.
--
-- Kept in step unit by unit: any write to unit or insurance_policy (and
-- a sector's insurance_mandatory, a township's county) takes the unit's
-- changes out before and puts them back after, through the view
-- summary_insurance_apply, recomputing the unit from all its policies.
-- These tables are not deferred by imports (bulk_load): their rows are
-- few, and per-row upkeep of a 100,000-policy import takes seconds.
-- Changes can be negative, so a row can fall to zero when shares are
-- added as well as taken out: both delete the rows left at zero.
------------------------------------------------------------------------

-- Each mandatory unit's state at the end of every month where it may
-- change (`month`, last day `month_end`) and of the month before
-- (`before`, `before_end`): open, insured.  A month may be listed more
-- than once.  Policies are compared by day with the month's last day,
-- so that insurance_policy_unit (unit_id, start_date) finds them.
CREATE TEMP VIEW summary_insurance_states AS
SELECT k.unit_id, u.county_id, u.sector, k.month,
       (u.open_month <= k.month
        AND (u.close_month IS NULL OR u.close_month > k.month)) AS open_now,
       (u.open_month <= k.before
        AND (u.close_month IS NULL OR u.close_month > k.before))
           AS open_before,
       EXISTS (SELECT 1 FROM insurance_policy p
               WHERE p.unit_id = k.unit_id AND p.start_date <= k.month_end
                 AND p.end_date >= k.month_end) AS covered_now,
       EXISTS (SELECT 1 FROM insurance_policy p
               WHERE p.unit_id = k.unit_id AND p.start_date <= k.before_end
                 AND p.end_date >= k.before_end) AS covered_before
FROM (SELECT unit_id, month,
             strftime('%Y-%m', month || '-01', '-1 month') AS before,
             date(month || '-01', '+1 month', '-1 day') AS month_end,
             date(month || '-01', '-1 day') AS before_end
      FROM (SELECT unit_id, substr(opened_date, 1, 7) AS month FROM unit
            UNION ALL
            SELECT unit_id, substr(closed_date, 1, 7) FROM unit
            WHERE closed_date IS NOT NULL
            UNION ALL
            SELECT unit_id, substr(start_date, 1, 7) FROM insurance_policy
            UNION ALL
            SELECT unit_id, substr(date(end_date, '+1 day'), 1, 7)
            FROM insurance_policy)) k
JOIN (SELECT x.unit_id, t.county_id, x.sector,
             substr(x.opened_date, 1, 7) AS open_month,
             substr(x.closed_date, 1, 7) AS close_month
      FROM unit_insurance_rule x
      JOIN township t ON t.township_id = x.township_id
      WHERE x.mandatory = 1) u ON u.unit_id = k.unit_id;

-- Each mandatory unit's changes: +1 / -1 where it opens or closes, is
-- insured or stops being (only while open).  A month several runs
-- begin or end in is listed once (DISTINCT: its rows are the same, and
-- unlike GROUP BY it lets "WHERE unit_id = ?" reach the ledger's
-- indexes).
CREATE TEMP VIEW summary_insurance_events AS
SELECT DISTINCT unit_id, county_id, sector, month,
       open_now - open_before AS mandatory_change,
       (open_now AND covered_now) - (open_before AND covered_before)
           AS insured_change
FROM summary_insurance_states
WHERE open_now <> open_before
   OR (open_now AND covered_now) <> (open_before AND covered_before);

CREATE TEMP VIEW summary_insurance_county_from_ledger AS
SELECT county_id, sector, month, sum(mandatory_change) AS mandatory_change,
       sum(insured_change) AS insured_change
FROM summary_insurance_events
GROUP BY county_id, sector, month
HAVING sum(mandatory_change) <> 0 OR sum(insured_change) <> 0;

CREATE TEMP VIEW summary_insurance_province_from_ledger AS
SELECT sector, month, sum(mandatory_change) AS mandatory_change,
       sum(insured_change) AS insured_change
FROM summary_insurance_events
GROUP BY sector, month
HAVING sum(mandatory_change) <> 0 OR sum(insured_change) <> 0;

-- INSERT INTO summary_insurance_apply (unit_id, sign): add (1) or take
-- out (-1) a unit's changes.
CREATE TEMP VIEW summary_insurance_apply (unit_id, sign) AS
SELECT NULL, NULL WHERE 0;

CREATE TEMP TRIGGER summary_insurance_apply_unit INSTEAD OF INSERT
ON summary_insurance_apply
BEGIN
	INSERT INTO bulk_insurance_unit
	SELECT county_id, sector, month, NEW.sign * mandatory_change,
	       NEW.sign * insured_change
	FROM summary_insurance_events WHERE unit_id = NEW.unit_id;

	INSERT INTO summary_insurance_county (county_id, sector, month,
	    mandatory_change, insured_change)
	SELECT county_id, sector, month, mandatory_change, insured_change
	FROM bulk_insurance_unit WHERE 1
	ON CONFLICT (county_id, sector, month) DO UPDATE SET
	    mandatory_change = mandatory_change + excluded.mandatory_change,
	    insured_change = insured_change + excluded.insured_change;
	DELETE FROM summary_insurance_county
	WHERE mandatory_change = 0 AND insured_change = 0
	  AND (county_id, sector, month) IN
	      (SELECT county_id, sector, month FROM bulk_insurance_unit);

	INSERT INTO summary_insurance_province (sector, month,
	    mandatory_change, insured_change)
	SELECT sector, month, mandatory_change, insured_change
	FROM bulk_insurance_unit WHERE 1
	ON CONFLICT (sector, month) DO UPDATE SET
	    mandatory_change = mandatory_change + excluded.mandatory_change,
	    insured_change = insured_change + excluded.insured_change;
	DELETE FROM summary_insurance_province
	WHERE mandatory_change = 0 AND insured_change = 0
	  AND (sector, month) IN
	      (SELECT sector, month FROM bulk_insurance_unit);

	DELETE FROM bulk_insurance_unit;
END;

-- A unit: out before it changes, in after.  BEFORE INSERT takes out the
-- row an INSERT OR REPLACE would replace (nothing for a new unit).
CREATE TEMP TRIGGER summary_insurance_unit_insert_out BEFORE INSERT ON main.unit
BEGIN
	INSERT INTO summary_insurance_apply VALUES (NEW.unit_id, -1);
END;
CREATE TEMP TRIGGER summary_insurance_unit_insert_in AFTER INSERT ON main.unit
BEGIN
	INSERT INTO summary_insurance_apply VALUES (NEW.unit_id, 1);
END;
CREATE TEMP TRIGGER summary_insurance_unit_delete BEFORE DELETE ON main.unit
BEGIN
	INSERT INTO summary_insurance_apply VALUES (OLD.unit_id, -1);
END;
CREATE TEMP TRIGGER summary_insurance_unit_update_out BEFORE UPDATE OF unit_id,
    township_id, sector, metal_smelting, opened_date, closed_date ON main.unit
BEGIN
	INSERT INTO summary_insurance_apply VALUES (OLD.unit_id, -1);
END;
CREATE TEMP TRIGGER summary_insurance_unit_update_in AFTER UPDATE OF unit_id,
    township_id, sector, metal_smelting, opened_date, closed_date ON main.unit
BEGIN
	INSERT INTO summary_insurance_apply VALUES (NEW.unit_id, 1);
END;

-- A policy: its unit out before, in after, recounted from all its
-- policies (so a replaced or moved policy needs nothing more).
CREATE TEMP TRIGGER summary_insurance_policy_insert_out BEFORE INSERT
ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply VALUES (NEW.unit_id, -1);
END;
CREATE TEMP TRIGGER summary_insurance_policy_insert_in AFTER INSERT
ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply VALUES (NEW.unit_id, 1);
END;
CREATE TEMP TRIGGER summary_insurance_policy_delete_out BEFORE DELETE
ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply VALUES (OLD.unit_id, -1);
END;
CREATE TEMP TRIGGER summary_insurance_policy_delete_in AFTER DELETE
ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply VALUES (OLD.unit_id, 1);
END;
CREATE TEMP TRIGGER summary_insurance_policy_update_out BEFORE UPDATE OF
    unit_id, start_date, end_date ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT id, -1 FROM (SELECT OLD.unit_id AS id UNION
	                    SELECT NEW.unit_id);
END;
CREATE TEMP TRIGGER summary_insurance_policy_update_in AFTER UPDATE OF
    unit_id, start_date, end_date ON main.insurance_policy
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT id, 1 FROM (SELECT OLD.unit_id AS id UNION
	                   SELECT NEW.unit_id);
END;

-- Which units it is mandatory for, and which county a township is in,
-- are data too.
CREATE TEMP TRIGGER summary_insurance_sector_out BEFORE UPDATE OF
    insurance_mandatory ON main.sector
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT unit_id, -1 FROM unit WHERE sector = OLD.code;
END;
CREATE TEMP TRIGGER summary_insurance_sector_in AFTER UPDATE OF
    insurance_mandatory ON main.sector
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT unit_id, 1 FROM unit WHERE sector = NEW.code;
END;
CREATE TEMP TRIGGER summary_insurance_township_out BEFORE UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT unit_id, -1 FROM unit WHERE township_id = OLD.township_id;
END;
CREATE TEMP TRIGGER summary_insurance_township_in AFTER UPDATE OF county_id
ON main.township
BEGIN
	INSERT INTO summary_insurance_apply
	SELECT unit_id, 1 FROM unit WHERE township_id = NEW.township_id;
END;
