select exists (select 1 from report where snapshot_id = :snapshot_id and scheduled)
