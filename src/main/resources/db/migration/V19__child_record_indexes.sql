-- OpenCSC schema, part 19: one child's records found by index. The child page
-- (org/opencsc/drilldown/sql/) and the task lists read every record of one child; without these the
-- tables that had no (snapshot_id, child_id) index were read whole for each page (about 0.4 s for a
-- child of the large synthetic council, 10-16 ms with them). A bulk load's tables get them when
-- they are attached as partitions.
create index on contact (snapshot_id, child_id);
create index on early_help_episode (snapshot_id, child_id);
create index on referral (snapshot_id, child_id);
create index on assessment (snapshot_id, child_id);
create index on cin_plan (snapshot_id, child_id);
create index on cin_visit (snapshot_id, child_id);
create index on strategy_discussion (snapshot_id, child_id);
create index on section47 (snapshot_id, child_id);
create index on icpc (snapshot_id, child_id);
create index on cp_review (snapshot_id, child_id);
create index on cp_visit (snapshot_id, child_id);
create index on cla_review (snapshot_id, child_id);
create index on cla_visit (snapshot_id, child_id);
create index on health_check (snapshot_id, child_id);
create index on pep (snapshot_id, child_id);
create index on missing_episode (snapshot_id, child_id);
create index on care_leaver_contact (snapshot_id, child_id);
