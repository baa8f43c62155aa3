-- Keeps a generated pack; a scheduled pack for a snapshot that has one already is not kept twice
-- (board_pack_scheduled), and then no id comes back.
insert into board_pack (snapshot_id, as_at, period_start, generated_by, scheduled, html, pdf, pages)
values (:snapshot_id, :as_at, :period_start, :generated_by, :scheduled, :html, :pdf, :pages)
on conflict (snapshot_id) where scheduled do nothing
returning pack_id, snapshot_id, as_at, period_start, generated_at, generated_by, scheduled, pages,
          octet_length(pdf) as bytes
