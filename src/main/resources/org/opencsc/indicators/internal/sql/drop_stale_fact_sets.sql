-- Rows kept for another snapshot, or for more than a day, are dropped when a new set is made.
delete from indicator_fact_set
where snapshot_id <> :snapshot_id
   or created_at < now() - interval '1 day'
