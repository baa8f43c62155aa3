insert into ingest_run (trigger, started_by, directory, mode)
values (:trigger, :started_by, :directory, :mode)
returning run_id
