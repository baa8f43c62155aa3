-- One unit's recorded figures for one indicator, oldest first.
select kind, as_at, period_start, numerator, denominator, value
from indicator_history
where indicator = :indicator
  and attribution = :attribution
  and level = :level
  and unit_id = :unit_id
  and kind = :kind
order by as_at
