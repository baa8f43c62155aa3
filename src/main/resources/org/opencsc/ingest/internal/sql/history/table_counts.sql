-- Rows a run loaded (or, validating, would have loaded) into each domain table.
select table_name, rows_loaded
  from ingest_table_count
 where run_id = :run_id
 order by table_name
