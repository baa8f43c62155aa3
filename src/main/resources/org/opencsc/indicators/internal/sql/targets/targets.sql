-- Every target, by indicator.
select indicator, target, amber_tolerance, changed_by, changed_at
from indicator_target
order by indicator
