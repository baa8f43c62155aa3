-- The served snapshot, its date, and the import that built it (null when no import did: a
-- generated council, or a snapshot loaded before the load history existed).
select s.snapshot_id, s.as_at, r.run_id
  from current_snapshot c
  join snapshot s on s.snapshot_id = c.snapshot_id
  left join ingest_run r on r.snapshot_id = c.snapshot_id and r.outcome = 'loaded'
