update snapshot set status = 'purged' where snapshot_id = :snapshot_id and status = 'retired'
