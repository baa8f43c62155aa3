-- Keeps one indicator's rows (in place of the marker) under a fact set, each with the names of
-- its worker, team and service area as the snapshot has them and its place in the lists. Written
-- unit by unit, so that the rows of one service area, team or worker lie together on disk and a
-- list reads a few pages rather than one page a row.
insert into indicator_fact (
  fact_set_id, child_id, record_id, event_date, start_date, end_date, detail, numerator,
  denominator, worker_id, worker_name, team_id, team_name, service_area_id, service_area_name, row_no)
select
  :fact_set_id, f.child_id, f.record_id, f.event_date, f.start_date, f.end_date, f.detail,
  f.numerator, f.denominator, f.worker_id, w.name, f.team_id, t.name, t.service_area_id, sa.name,
  row_number() over (order by f.event_date, f.child_id, f.record_id)
from (
  /*facts*/
) f
left join worker w on w.snapshot_id = :snapshot_id and w.worker_id = f.worker_id
left join team t on t.snapshot_id = :snapshot_id and t.team_id = f.team_id
left join service_area sa on sa.snapshot_id = :snapshot_id and sa.service_area_id = t.service_area_id
order by t.service_area_id, f.team_id, f.worker_id, f.event_date, f.child_id, f.record_id
