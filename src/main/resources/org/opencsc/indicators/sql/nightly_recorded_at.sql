-- When a snapshot's own date was recorded from that snapshot (null when it has not been).
select max(recorded_at)
  from indicator_history
 where kind = 'nightly'
   and as_at = :as_at
   and snapshot_id = :snapshot_id
