-- The load history, newest first: one row a run, with its snapshot and how many files it read.
-- :run_id null lists every run (a page of :limit from :offset); else the one run. Times are given
-- as wall-clock time in :time_zone.
select r.run_id,
       r.started_at at time zone :time_zone as started_at,
       r.finished_at at time zone :time_zone as finished_at,
       round(extract(epoch from r.finished_at - r.started_at))::bigint as duration_seconds,
       r.trigger, r.started_by, r.directory, r.mode, r.outcome, r.message,
       r.errors, r.queries,
       r.snapshot_id, s.as_at as snapshot_as_at, s.status as snapshot_status,
       (select count(*) from ingest_file f where f.run_id = r.run_id) as files
  from ingest_run r
  left join snapshot s on s.snapshot_id = r.snapshot_id
 where (cast(:run_id as bigint) is null or r.run_id = :run_id)
 order by r.started_at desc, r.run_id desc
 limit :limit offset :offset
