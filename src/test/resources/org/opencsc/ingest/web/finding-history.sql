-- A load history for the data quality page's history, on the council of council-structure.sql
-- (served snapshot 9001 as at 31 March 2025). The findings go in with first_seen null, as the COPY
-- writes them; the test then fills it in run by run with sql/first_seen.sql, as each run does.
--
-- Runs (started_at in UTC; the day in UK time, British Summer Time from 30 March 2025):
--   9699 loaded     snapshot 9000  2025-03-20 02:30  (20 March)
--   9700 loaded     snapshot 9000  2025-03-28 02:30  (28 March)
--   9701 validated  no snapshot    2025-03-31 02:30  (a validation: never "the last load")
--   9702 loaded     snapshot 9001  2025-03-31 23:30  (1 April, 00:30 BST): the served snapshot's
--
-- The same finding = the same rule, child, field and value (file and row may change):
--   A  DATE_FORMAT  C01 person_dob '2015-13-10'   error  9699, 9700, 9702 (twice, two files)
--   B  UNKNOWN_CODE C02 person_ethnicity 'ZZZZ'  query  9699, 9700          -> fixed
--   B' UNKNOWN_CODE C02 person_ethnicity 'YYYY'  query  9702 (another value) -> new
--   C  MISSING_DATE C08 cine_close_date null     query  9700, 9702
--   D  UNKNOWN_CODE C06 placement 'Q9'           error  9700, 9701          -> fixed
--   E  MISSING_ID   no child, person_id null     error  9700, 9702
--   F  DATE_FORMAT  C04 person_dob '01/02/2018'  error  9700                -> fixed
--   G  FIELD_LENGTH C04 person_legacy_id 'xxx'   error  9699, 9702 (not 9700: line broken) -> new
--   K  UNKNOWN_CODE C11 person_ethnicity 'XXXX'  query  9701, 9702 (9701 only validated) -> new
--
-- So run 9702 (director): new B', G, K = 3; still open A, A, C, E = 4; fixed B, D, F = 3.
--   A first seen 20 March: open 1 April - 20 March = 12 days (11 if the day were taken in UTC);
--   C and E first seen 28 March: open 4 days.
-- Social worker W3 (C04, C06, C11): new G, K = 2; open 0; fixed D, F = 2.
-- Social worker W1 (C01, C08, C10): new 0; open A, A, C = 3; fixed 0.
-- Children by findings (director): C01 2 errors; C04 1 error; C02, C08, C11 1 query each; the
--   other seven of snapshot 9001 (C03, C05, C06, C07, C09, C10, C12) none: 12 with none.
-- W3: C04 1 error, C11 1 query, C06 none.

insert into ingest_run (run_id, started_at, finished_at, trigger, started_by, directory, mode,
                        outcome, snapshot_id, errors, queries)
overriding system value
values (9699, '2025-03-20 02:30+00', '2025-03-20 02:40+00', 'schedule', null, '/drop', 'import',
        'loaded', 9000, 2, 1),
       (9700, '2025-03-28 02:30+00', '2025-03-28 02:40+00', 'schedule', null, '/drop', 'import',
        'loaded', 9000, 4, 2),
       (9701, '2025-03-31 02:30+00', '2025-03-31 02:40+00', 'web', 'analyst', '/drop', 'validate',
        'validated', null, 1, 1),
       (9702, '2025-03-31 23:30+00', '2025-03-31 23:40+00', 'schedule', null, '/drop', 'import',
        'loaded', 9001, 4, 3);

insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field, value,
                            rule, severity, message)
values (9699, 1, 'person_0320.csv', 2, 'C01', 'person_dob', '2015-13-10', 'DATE_FORMAT', 'error',
        'Not a date'),
       (9699, 2, 'person_0320.csv', 3, 'C02', 'person_ethnicity', 'ZZZZ', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9699, 3, 'person_0320.csv', 5, 'C04', 'person_legacy_id', 'xxx', 'FIELD_LENGTH', 'error',
        'Too long'),
       (9700, 1, 'person_0328.csv', 5, 'C01', 'person_dob', '2015-13-10', 'DATE_FORMAT', 'error',
        'Not a date'),
       (9700, 2, 'person_0328.csv', 6, 'C02', 'person_ethnicity', 'ZZZZ', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9700, 3, 'cin_0328.csv', 7, 'C08', 'cine_close_date', null, 'MISSING_DATE', 'query',
        'No end date'),
       (9700, 4, 'cla_0328.csv', 8, 'C06', 'placement', 'Q9', 'UNKNOWN_CODE', 'error',
        'Not a placement type'),
       (9700, 5, 'involvements_0328.csv', 12, null, 'person_id', null, 'MISSING_ID', 'error',
        'The row names no child'),
       (9700, 6, 'person_0328.csv', 9, 'C04', 'person_dob', '01/02/2018', 'DATE_FORMAT', 'error',
        'Not a date'),
       (9701, 1, 'person_0331.csv', 4, 'C11', 'person_ethnicity', 'XXXX', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9701, 2, 'cla_0331.csv', 8, 'C06', 'placement', 'Q9', 'UNKNOWN_CODE', 'error',
        'Not a placement type'),
       (9702, 1, 'person_0401.csv', 7, 'C01', 'person_dob', '2015-13-10', 'DATE_FORMAT', 'error',
        'Not a date'),
       (9702, 2, 'person_extra.csv', 3, 'C01', 'person_dob', '2015-13-10', 'DATE_FORMAT', 'error',
        'Not a date'),
       (9702, 3, 'person_0401.csv', 8, 'C02', 'person_ethnicity', 'YYYY', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9702, 4, 'cin_0401.csv', 2, 'C08', 'cine_close_date', null, 'MISSING_DATE', 'query',
        'No end date'),
       (9702, 5, 'involvements_0401.csv', 30, null, 'person_id', null, 'MISSING_ID', 'error',
        'The row names no child'),
       (9702, 6, 'person_0401.csv', 10, 'C04', 'person_legacy_id', 'xxx', 'FIELD_LENGTH', 'error',
        'Too long'),
       (9702, 7, 'person_0401.csv', 11, 'C11', 'person_ethnicity', 'XXXX', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code');
