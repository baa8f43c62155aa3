insert into indicator_history (
  indicator, kind, as_at, period_start, attribution, level, unit_id, unit_name,
  numerator, denominator, value, unit_of_measure, snapshot_id)
values (
  :indicator, :kind, :as_at, :period_start, :attribution, :level, :unit_id, :unit_name,
  :numerator, :denominator, :value, :unit_of_measure, :snapshot_id)
