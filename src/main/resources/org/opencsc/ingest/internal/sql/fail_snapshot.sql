update snapshot set status = 'failed' where snapshot_id = :snapshot_id and status = 'building'
