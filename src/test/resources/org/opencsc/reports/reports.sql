-- One kept board pack, 9001, of snapshot 9001: its content is beside the point here (the endpoint
-- matrix asks who may download it), so the PDF is just the bytes of a PDF header.
insert into report (report_id, kind, snapshot_id, as_at, period_start, generated_by, scheduled,
                    html, pdf, pages) overriding system value
values (9001, 'board-pack', 9001, '2025-03-31', '2024-04-01', 'schedule', true,
        '<!DOCTYPE html><html lang="en"><head><title>Board pack</title></head><body></body></html>',
        convert_to('%PDF-1.7', 'UTF8'), 1);
