-- Keeps a report; a scheduled board pack for a snapshot that has one already is not kept twice
-- (report_scheduled), and then no row comes back.
insert into report (kind, snapshot_id, as_at, period_start, theme, question, generated_by,
                    scheduled, html, pdf, pages)
values (:kind, :snapshot_id, :as_at, :period_start, :theme, :question, :generated_by, :scheduled,
        :html, :pdf, :pages)
on conflict (snapshot_id) where scheduled do nothing
returning report_id, kind, snapshot_id, as_at, period_start, theme, question, generated_at,
          generated_by, scheduled, pages, octet_length(pdf) as bytes
