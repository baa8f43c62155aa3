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
  -- only the children the login may see (org.opencsc.security.Scope); a row about a worker (no
  -- child) is for any login that sees children at all
  and (
       :scope_kind = 'all'
    or (child_id is null and :scope_kind <> 'none')
    or child_id in (select child_id
                      from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit))
  )
order by row_no
