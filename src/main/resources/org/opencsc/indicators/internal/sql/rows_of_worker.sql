-- The rows behind one worker's figure ('unallocated': the rows counting for none), from a kept
-- fact set, on the numerator's side (numerator <> 0), the denominator's (denominator <> 0) or both.
select *
from indicator_fact
where fact_set_id = :fact_set_id
  and coalesce(worker_id, 'unallocated') = :unit_id
  and (
       :side = 'all'
    or (:side = 'numerator' and numerator <> 0)
    or (:side = 'denominator' and denominator <> 0)
  )
order by row_no
