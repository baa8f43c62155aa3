-- Who holds the children of children_listed.sql (each team, or '_unallocated', with each worker in
-- it), for the children list's team and worker filters: only teams and workers holding a child the
-- login may see.
select distinct team_key, team_id, team_name, worker_id, worker_name
  from listed
 order by team_name nulls last, team_key, worker_name, worker_id
