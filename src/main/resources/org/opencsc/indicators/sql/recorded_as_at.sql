-- The as-at dates of one kind already recorded on or after a date.
select distinct as_at
from indicator_history
where kind = :kind
  and as_at >= :since
