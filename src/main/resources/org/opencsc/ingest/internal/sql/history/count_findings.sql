-- How many findings findings.sql would list with the same filters and no limit.
select count(*)
  from ingest_finding
 where run_id = :run_id
   and (cast(:severity as text) is null or severity = :severity)
   and (cast(:rule as text) is null or rule = :rule)
