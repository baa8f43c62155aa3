select report_id, kind, snapshot_id, as_at, period_start, theme, question, generated_at,
       generated_by, scheduled, pages, octet_length(pdf) as bytes
  from report
 where report_id = :report_id
