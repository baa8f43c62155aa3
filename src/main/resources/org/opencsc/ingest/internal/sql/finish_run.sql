update ingest_run
   set outcome = :outcome, finished_at = greatest(now(), started_at), snapshot_id = :snapshot_id,
       files_checksum = :files_checksum, errors = :errors, queries = :queries, message = :message
 where run_id = :run_id
