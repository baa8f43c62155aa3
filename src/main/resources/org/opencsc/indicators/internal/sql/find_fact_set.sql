select fact_set_id
from indicator_fact_set
where snapshot_id = :snapshot_id
  and indicator = :indicator
  and period_start = :period_start
  and period_end = :period_end
  and attribution = :attribution
  and standards = :standards
