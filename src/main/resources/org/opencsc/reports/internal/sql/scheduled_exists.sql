select exists (select 1 from board_pack where snapshot_id = :snapshot_id and scheduled)
