-- OpenCSC schema, part 5: the load history of the nightly ingest (issue 3).
--
-- A run is one validation or import of a drop folder. Its row is written when it starts and updated
-- when it ends, outside the loading transaction, so that a failed or killed import is still on
-- record; its files, table counts and findings are written by the loading transaction, with the
-- snapshot they describe.

alter table snapshot drop constraint snapshot_status_check;
alter table snapshot add constraint snapshot_status_check
  check (status in ('building', 'served', 'retired', 'failed', 'purged'));
comment on column snapshot.status is
  'building while loading; served once switched in; retired when replaced; purged once its rows are dropped (retention); failed if the load failed.';

create table ingest_run (
  run_id        bigint generated always as identity primary key,
  started_at    timestamptz not null default now(),
  finished_at   timestamptz,
  trigger       text not null check (trigger in ('schedule', 'web', 'cli')),
  started_by    text,
  directory     text not null,
  mode          text not null check (mode in ('import', 'validate')),
  outcome       text not null default 'running'
                check (outcome in ('running', 'loaded', 'unchanged', 'nothing to load', 'failed',
                                   'interrupted', 'validated')),
  snapshot_id   bigint references snapshot (snapshot_id),
  files_checksum text,
  errors        integer not null default 0 check (errors >= 0),
  queries       integer not null default 0 check (queries >= 0),
  message       text,
  check (finished_at is null or finished_at >= started_at),
  check ((outcome = 'running') = (finished_at is null))
);
comment on table ingest_run is 'One validation or import of a drop folder: when, who or what started it, and how it ended.';
comment on column ingest_run.files_checksum is 'SHA-256 over the recognised files'' checksums: the same files give the same value, so a re-import changes nothing.';
comment on column ingest_run.outcome is 'loaded: a new snapshot is served; unchanged: the files were those of the served snapshot; interrupted: the process died while running.';
create index on ingest_run (started_at desc);

create table ingest_file (
  run_id          bigint not null references ingest_run (run_id) on delete cascade,
  file_name       text not null,
  size_bytes      bigint not null check (size_bytes >= 0),
  sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  source          text,
  collection_year text,
  rows_read       bigint not null default 0 check (rows_read >= 0),
  rows_rejected   bigint not null default 0 check (rows_rejected >= 0),
  primary key (run_id, file_name)
);
comment on table ingest_file is 'A file of a run: its checksum, what it was recognised as (null: not recognised) and its rows.';
comment on column ingest_file.source is 'What the file was recognised as, from its content, e.g. "SSDA903 Episodes" or "CIN census".';

create table ingest_table_count (
  run_id      bigint not null references ingest_run (run_id) on delete cascade,
  table_name  text not null,
  rows_loaded bigint not null check (rows_loaded >= 0),
  primary key (run_id, table_name)
);
comment on table ingest_table_count is 'Rows a run loaded into each domain table of its snapshot.';

create table ingest_finding (
  run_id      bigint not null references ingest_run (run_id) on delete cascade,
  finding_no  integer not null,
  file_name   text not null,
  row_number  bigint,
  child_id    text,
  field       text,
  value       text,
  rule        text not null,
  severity    text not null check (severity in ('error', 'query', 'file')),
  message     text not null,
  primary key (run_id, finding_no)
);
comment on table ingest_finding is 'What a run found wrong: error = the record was kept out; query = loaded and flagged; file = the whole file was not used.';
comment on column ingest_finding.row_number is 'The row in the file (1 = the first data row after the header), or the child''s position in an XML file.';
create index on ingest_finding (run_id, rule);
