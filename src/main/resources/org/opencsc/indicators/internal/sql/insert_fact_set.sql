insert into indicator_fact_set (snapshot_id, indicator, period_start, period_end, attribution, standards)
values (:snapshot_id, :indicator, :period_start, :period_end, :attribution, :standards)
returning fact_set_id
