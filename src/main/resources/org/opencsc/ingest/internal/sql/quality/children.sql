-- The children of children_listed.sql, the most findings first, :limit (null: all) from :offset.
select child_id, team_id, team_name, worker_id, worker_name, errors, queries, total
  from listed
 order by total desc, errors desc, child_id
 limit :limit offset :offset
