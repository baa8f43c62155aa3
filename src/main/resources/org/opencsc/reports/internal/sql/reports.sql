-- The kept reports, newest first, without their content.
select report_id, kind, snapshot_id, as_at, period_start, theme, question, generated_at,
       generated_by, scheduled, pages, octet_length(pdf) as bytes
  from report
 order by generated_at desc, report_id desc
 limit :limit
