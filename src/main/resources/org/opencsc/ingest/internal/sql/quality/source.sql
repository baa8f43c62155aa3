-- The served snapshot, its date, the import that built it (null when no import did: a generated
-- council, or a snapshot loaded before the load history existed), and the loaded run before that
-- one, whose findings the history compares with (null: none).
select s.snapshot_id, s.as_at, r.run_id,
       (select max(p.run_id)
          from ingest_run p
         where p.outcome = 'loaded' and p.run_id < r.run_id) as previous_run_id
  from current_snapshot c
  join snapshot s on s.snapshot_id = c.snapshot_id
  left join ingest_run r on r.snapshot_id = c.snapshot_id and r.outcome = 'loaded'
