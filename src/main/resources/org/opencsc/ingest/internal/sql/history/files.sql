-- A run's files in name order, with what each was recognised as (null: not recognised).
select file_name, source, size_bytes, sha256, rows_read, rows_rejected
  from ingest_file
 where run_id = :run_id
 order by file_name
