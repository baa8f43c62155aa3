-- The kept packs, newest first, without their content.
select pack_id, snapshot_id, as_at, period_start, generated_at, generated_by, scheduled, pages,
       octet_length(pdf) as bytes
  from board_pack
 order by generated_at desc, pack_id desc
 limit :limit
