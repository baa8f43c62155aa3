-- Serve the snapshot just built: retire the one served until now and point current_snapshot at
-- the new one. One statement, run inside the switch transaction; returns the new snapshot's ID
-- when it was still 'building', and changes nothing otherwise.
with served as (
  update snapshot
     set status = 'served', served_at = now()
   where snapshot_id = :snapshot_id
     and status = 'building'
  returning snapshot_id
), retired as (
  update snapshot
     set status = 'retired'
   where status = 'served'
     and snapshot_id <> :snapshot_id
     and exists (select 1 from served)
)
insert into current_snapshot (singleton, snapshot_id)
select true, snapshot_id from served
on conflict (singleton) do update set snapshot_id = excluded.snapshot_id
returning snapshot_id
