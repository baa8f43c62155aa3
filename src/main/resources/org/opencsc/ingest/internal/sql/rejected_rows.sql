-- Rows each file lost to errors, wherever the check ran (while reading or in a transform).
select file_name, count(distinct coalesce(row_number, -1)) as rows_rejected
  from stage_finding
 where severity = 'error'
 group by file_name
