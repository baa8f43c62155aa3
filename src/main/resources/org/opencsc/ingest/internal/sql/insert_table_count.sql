insert into ingest_table_count (run_id, table_name, rows_loaded)
values (:run_id, :table_name, :rows_loaded)
