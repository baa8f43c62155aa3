-- Keeps one indicator's rows (in place of the marker) under a fact set.
insert into indicator_fact (
  fact_set_id, child_id, record_id, event_date, start_date, end_date, detail, numerator,
  denominator, worker_id, worker_name, team_id, team_name, service_area_id, service_area_name)
select
  :fact_set_id, child_id, record_id, event_date, start_date, end_date, detail, numerator,
  denominator, worker_id, worker_name, team_id, team_name, service_area_id, service_area_name
from (
  /*facts*/
) fact
