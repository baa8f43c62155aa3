-- A load history by hand, with fixed ids; the test's transaction is rolled back. Times are UTC; the
-- pages show UK time, which is BST (UTC+1) from 29 March 2026.
--
-- 9101 nightly import, loaded snapshot 9501: 30 Mar 2026 01:30:00Z to 02:34:05Z = 1 h 4 min 5 s,
--      shown 02:30 to 03:34. Files: episodes.csv (10 rows read, 4 rejected: rows 3, 5, 7, 9),
--      header.csv (6 read), notes.txt (not recognised). Rows loaded: child 6, episode_of_care 6.
--      Findings (7): error DATE_FORMAT x3, error UNKNOWN_CODE x1, query UNKNOWN_CODE x1,
--      query UPN_FORMAT x1 (its value is a spreadsheet formula), file FILE_NOT_RECOGNISED x1;
--      so errors = 5 (error and file), queries = 2.
-- 9102 web import by admin, nothing to load: 31 Mar 2026 09:00:00Z to 09:00:02Z = 2 s, no files.
-- 9103 command-line check by ana, still running since 1 Apr 2026 08:00Z.

delete from ingest_run;

insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9501, '2026-03-29', 'import drop', 'retired', '2026-03-30 02:34:05+00');

insert into ingest_run (run_id, started_at, finished_at, trigger, started_by, directory, mode,
                        outcome, snapshot_id, files_checksum, errors, queries, message)
overriding system value
values (9101, '2026-03-30 01:30:00+00', '2026-03-30 02:34:05+00', 'schedule', null, '/srv/opencsc/drop',
        'import', 'loaded', 9501, repeat('d', 64), 5, 2, 'snapshot 9501 is served'),
       (9102, '2026-03-31 09:00:00+00', '2026-03-31 09:00:02+00', 'web', 'admin', '/srv/opencsc/drop',
        'import', 'nothing to load', null, null, 0, 0,
        'no file in /srv/opencsc/drop is one OpenCSC reads'),
       (9103, '2026-04-01 08:00:00+00', null, 'cli', 'ana', '/home/ana/returns', 'validate',
        'running', null, null, 0, 0, null);

insert into ingest_file (run_id, file_name, size_bytes, sha256, source, rows_read, rows_rejected)
values (9101, 'ssda903/episodes.csv', 12345, repeat('a', 64), 'SSDA903 Episodes', 10, 4),
       (9101, 'ssda903/header.csv', 2048, repeat('b', 64), 'SSDA903 Header', 6, 0),
       (9101, 'notes.txt', 13, repeat('c', 64), null, 0, 0);

insert into ingest_table_count (run_id, table_name, rows_loaded)
values (9101, 'child', 6),
       (9101, 'episode_of_care', 6);

insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field, value,
                            rule, severity, message)
values (9101, 1, 'notes.txt', null, null, null, null, 'FILE_NOT_RECOGNISED', 'file',
        'not a file OpenCSC reads'),
       (9101, 2, 'ssda903/header.csv', 2, 'C02', 'UPN', '=HYPERLINK("http://example.org")',
        'UPN_FORMAT', 'query', 'not a unique pupil number'),
       (9101, 3, 'ssda903/episodes.csv', 3, 'C03', 'DECOM', '2026-13-01', 'DATE_FORMAT', 'error',
        'not a yyyy-mm-dd date'),
       (9101, 4, 'ssda903/header.csv', 4, 'C04', 'ETHNIC', 'XXXX', 'UNKNOWN_CODE', 'query',
        'not a code of the 2025-26 list'),
       (9101, 5, 'ssda903/episodes.csv', 5, 'C05', 'DECOM', '31/01/2026', 'DATE_FORMAT', 'error',
        'not a yyyy-mm-dd date'),
       (9101, 6, 'ssda903/episodes.csv', 7, 'C07', 'RNE', 'ZZ', 'UNKNOWN_CODE', 'error',
        'not a code of the 2025-26 list'),
       (9101, 7, 'ssda903/episodes.csv', 9, 'C09', 'DEC', '2026-02-30', 'DATE_FORMAT', 'error',
        'not a yyyy-mm-dd date');
