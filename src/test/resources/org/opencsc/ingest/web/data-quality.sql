-- Findings for the data quality page, on the council of council-structure.sql (served snapshot
-- 9001 as at 31 March 2025). Load run 9501 built snapshot 9001; run 9500 built the old snapshot
-- 9000 and its finding (rule OLD_RULE) must never be shown.
--
-- Who held each child on 31 March 2025 (allocation open that day), and run 9501's findings:
--   no  child  team / worker          severity  rule
--   1   C01    T1 Amira Shah (W1)     error     DATE_FORMAT
--   2   C02    T2 Ben Cole (W2)       error     DATE_FORMAT
--   3   C02    T2 Ben Cole (W2)       query     UNKNOWN_CODE
--   4   C04    T2 Cara Jones (W3)     query     UNKNOWN_CODE
--   5   C06    T3 Dev Patel (W4)      error     DATE_FORMAT   (W3 held C06 until August 2024)
--   6   C08    unallocated            query     MISSING_DATE  (W1's allocation ended that day)
--   7   C09    unallocated            error     UNKNOWN_CODE
--   8   -      no child               file      UNRECOGNISED  (notes.txt, the whole file)
--   9   -      no child               error     MISSING_ID
--   10  C11    T2 Cara Jones (W3)     error     FIELD_LENGTH  (allocated from that day)
--   11  C77    unallocated            error     CHILD_REJECTED (not in the snapshot at all)
--
-- Everything (director): 11 = 7 errors, 3 queries, 1 file not used.
--   By team (errors/queries/files/total): Assessment East 1/0/0/1; Child Protection North
--   2/2/0/4; Looked After Children 1/0/0/1; Unallocated 2/1/0/3; No child 1/0/1/2.
--   By worker (most first, then name): Ben Cole 2 (1 error, 1 query), Cara Jones 2 (1, 1),
--   Amira Shah 1 (1, 0), Dev Patel 1 (1, 0).
--   By rule: errors DATE_FORMAT 3, then CHILD_REJECTED, FIELD_LENGTH, MISSING_ID, UNKNOWN_CODE 1
--   each; queries UNKNOWN_CODE 2, MISSING_DATE 1; file UNRECOGNISED 1.
-- Social worker W3 (children in scope C04, C06, C11): findings 4, 5, 10: Child Protection North
--   1/1/0/2, Looked After Children 1/0/0/1; nothing about no child.
-- Social worker W1 (C01, C08, C10): findings 1 and 6: Assessment East 1, Unallocated 1.
-- Team manager of T2 (C02, C03, C04, C06, C11): findings 2, 3, 4, 5, 10.
-- Filters (director): team T2: 2, 3, 4, 10; team T2 and worker W3: 4, 10; rule DATE_FORMAT and
--   severity error: 1, 2, 5; Unallocated: 6, 7, 11; No child: 8, 9.

insert into ingest_run (run_id, started_at, finished_at, trigger, started_by, directory, mode,
                        outcome, snapshot_id, errors, queries)
overriding system value
values (9500, '2025-03-01 02:30+00', '2025-03-01 02:40+00', 'schedule', null, '/drop', 'import',
        'loaded', 9000, 1, 0),
       (9501, '2025-04-01 02:30+00', '2025-04-01 02:40+00', 'schedule', null, '/drop', 'import',
        'loaded', 9001, 7, 3);

insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field, value,
                            rule, severity, message)
values (9500, 1, 'ssd_person.csv', 2, 'C01', 'person_dob', '2015-13-01', 'OLD_RULE', 'error',
        'An old load''s finding'),
       (9501, 1, 'ssd_person.csv', 2, 'C01', 'person_dob', '2015-13-10', 'DATE_FORMAT', 'error',
        'Not a date (YYYY-MM-DD)'),
       (9501, 2, 'ssd_person.csv', 3, 'C02', 'person_dob', '01/02/2018', 'DATE_FORMAT', 'error',
        'Not a date (YYYY-MM-DD)'),
       (9501, 3, 'ssd_person.csv', 3, 'C02', 'person_ethnicity', 'ZZZZ', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9501, 4, 'ssd_person.csv', 5, 'C04', 'person_ethnicity', 'XXXX', 'UNKNOWN_CODE', 'query',
        'Not an ethnicity code'),
       (9501, 5, 'ssd_cla_episodes.csv', 4, 'C06', 'clae_cla_episode_start_date', '2024-02-30',
        'DATE_FORMAT', 'error', 'Not a date (YYYY-MM-DD)'),
       (9501, 6, 'ssd_cin_episodes.csv', 7, 'C08', 'cine_close_date', null, 'MISSING_DATE',
        'query', 'The episode has no end date'),
       (9501, 7, 'ssd_cla_episodes.csv', 8, 'C09', 'clae_cla_placement_type', 'Q9', 'UNKNOWN_CODE',
        'error', 'Not a placement type'),
       (9501, 8, 'notes.txt', null, null, null, null, 'UNRECOGNISED', 'file',
        'Not a file OpenCSC recognises'),
       (9501, 9, 'ssd_involvements.csv', 12, null, 'person_id', null, 'MISSING_ID', 'error',
        'The row names no child'),
       (9501, 10, 'ssd_person.csv', 11, 'C11', 'person_legacy_id', '=HYPERLINK("x")',
        'FIELD_LENGTH', 'error', 'Longer than 48 characters'),
       (9501, 11, 'ssd_person.csv', 20, 'C77', 'person_sex', 'Q', 'CHILD_REJECTED', 'error',
        'The child''s record was kept out');
