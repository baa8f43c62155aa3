-- Some indicators' recorded council figures of one kind (nightly or month_end), oldest first.
select indicator, as_at, period_start, numerator, denominator, value
from indicator_history
where indicator in (:indicators)
  and attribution = :attribution
  and level = 'council'
  and unit_id = 'council'
  and kind = :kind
order by indicator, as_at
