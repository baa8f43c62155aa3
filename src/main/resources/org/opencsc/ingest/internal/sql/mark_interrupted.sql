-- Runs still 'running' when the lock is free died with their process (kill -9, power cut): their
-- loading transaction was rolled back by PostgreSQL, so only the records need saying so.
with interrupted as (
  update ingest_run
     set outcome = 'interrupted', finished_at = greatest(now(), started_at),
         message = 'the process running this refresh stopped before it finished; nothing it loaded was kept'
   where outcome = 'running'
  returning snapshot_id
)
update snapshot
   set status = 'failed'
 where status = 'building'
   and snapshot_id in (select snapshot_id from interrupted)
