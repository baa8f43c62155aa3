-- Kept drill-down rows carry their place in the list (by event date, child, record) so that one
-- unit's list is read in order from an index instead of being sorted each time it is asked for.
-- indicator_fact is a cache emptied at every start (afterMigrate__empty_indicator_fact_cache.sql).

truncate indicator_fact_set, indicator_fact;

alter table indicator_fact add column row_no bigint not null;
comment on column indicator_fact.row_no is
  'The row''s place in its fact set, by event date, child and record: the order lists are shown in.';

drop index indicator_fact_fact_set_id_coalesce_idx;
drop index indicator_fact_fact_set_id_coalesce_idx1;
drop index indicator_fact_fact_set_id_coalesce_idx2;
create index indicator_fact_service_area_order
  on indicator_fact (fact_set_id, (coalesce(service_area_id, 'unallocated')), row_no);
create index indicator_fact_team_order
  on indicator_fact (fact_set_id, (coalesce(team_id, 'unallocated')), row_no);
create index indicator_fact_worker_order
  on indicator_fact (fact_set_id, (coalesce(worker_id, 'unallocated')), row_no);
drop index indicator_fact_fact_set_id_idx;
create index indicator_fact_council_order on indicator_fact (fact_set_id, row_no);
