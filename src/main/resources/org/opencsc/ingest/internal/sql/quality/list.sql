-- The findings in the order they were found, :limit (null: all) from :offset.
select file_name, row_number, child_id, field, value, rule, severity, message,
       team_id, team_name, worker_id, worker_name, first_seen, is_new, open_days
  from finding
 order by finding_no
 limit :limit offset :offset
