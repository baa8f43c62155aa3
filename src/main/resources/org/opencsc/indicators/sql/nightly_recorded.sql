-- Whether a snapshot's own date has been recorded from that snapshot.
select exists (
  select 1
  from indicator_history
  where kind = 'nightly'
    and as_at = :as_at
    and snapshot_id = :snapshot_id
)
