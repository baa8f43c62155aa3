-- A load that did not finish: the snapshot is never served.
update snapshot
   set status = 'failed'
 where snapshot_id = :snapshot_id
   and status = 'building'
