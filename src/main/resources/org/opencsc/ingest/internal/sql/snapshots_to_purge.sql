-- Retired snapshots beyond the newest :keep snapshots that still have rows (the served one counts).
select snapshot_id
  from snapshot
 where status = 'retired'
   and snapshot_id not in (select snapshot_id from snapshot
                            where status in ('served', 'retired')
                            order by snapshot_id desc
                            limit :keep)
 order by snapshot_id
