-- CIN census: no staging tables of its own. The reader checks each child whole while it reads, so
-- the child and its disabilities go to the core's stage_child and stage_child_disability (merged
-- there with what other sources say of the child) and everything else straight into the
-- snapshot's load tables (CinRows). transform.sql applies the one rule that needs every file.
select 1;
