-- The figures recorded from one snapshot as at its own date (kind nightly) for some indicators, at
-- one level or (level '') at every level.
select indicator, level, unit_id, unit_name, numerator, denominator, value, unit_of_measure,
       as_at, period_start
from indicator_history
where kind = 'nightly'
  and as_at = :as_at
  and snapshot_id = :snapshot_id
  and attribution = :attribution
  and indicator in (:indicators)
  and (:level = '' or level = :level)
