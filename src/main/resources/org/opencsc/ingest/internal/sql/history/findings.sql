-- A run's findings in the order found, optionally of one :severity and one :rule (null: any);
-- :limit from :offset.
select file_name, row_number, child_id, field, value, rule, severity, message
  from ingest_finding
 where run_id = :run_id
   and (cast(:severity as text) is null or severity = :severity)
   and (cast(:rule as text) is null or rule = :rule)
 order by finding_no
 limit :limit offset :offset
