-- The findings about allocated children counted by the worker (and team) holding the child, by
-- severity, and the children they name; the worker with the most first.
select worker_id, worker_name, team_id, team_name,
       count(*) filter (where severity = 'error') as errors,
       count(*) filter (where severity = 'query') as queries,
       count(*)                                   as total,
       count(distinct child_id)                   as children
  from finding
 where worker_id is not null
 group by worker_id, worker_name, team_id, team_name
 order by count(*) desc, worker_name, worker_id, team_name
