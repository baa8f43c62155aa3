-- One indicator's target, if it has one.
select indicator, target, amber_tolerance, changed_by, changed_at
from indicator_target
where indicator = :indicator
