-- One indicator's target history, newest first.
select indicator, changed_at, changed_by, old_target, old_amber_tolerance, new_target,
       new_amber_tolerance, reason
from indicator_target_change
where indicator = :indicator
order by changed_at desc, change_id desc
