select file_name, row_number, child_id, field, value, rule, severity, message
  from stage_finding
 order by finding_no
