select count(*) from ingest_run
