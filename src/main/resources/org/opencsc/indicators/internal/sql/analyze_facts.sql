-- After a fact set is written: its rows in the planner's statistics at once. Until autovacuum
-- gets to them, the planner takes a new fact set for a few rows and reads a unit's list by
-- walking the whole set in list order (300 ms for a page of 100 rows on 800,000 children) rather
-- than from the unit's index (under 1 ms). About half a second on the national council.
analyze indicator_fact
