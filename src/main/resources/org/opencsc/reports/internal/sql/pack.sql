select pack_id, snapshot_id, as_at, period_start, generated_at, generated_by, scheduled, pages,
       octet_length(pdf) as bytes
  from board_pack
 where pack_id = :pack_id
