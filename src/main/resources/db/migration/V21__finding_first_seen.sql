-- OpenCSC schema, part 21: a finding's history (issue 6).
--
-- A finding is the same from one load to the next when its rule, child, field and value are the
-- same: the file name and row number are not part of it, as an export's files are renamed and its
-- rows reordered from one night to the next. first_seen is when the finding was first found in an
-- unbroken line of loads: the run copies it from the same finding of the previous loaded run, or
-- sets its own start when the previous load did not have it (sql/first_seen.sql). The data quality
-- page then reads "new since the last load" and "open for N days" off one run's rows, without going
-- back over every run.
--
-- The findings already stored start their history at their own run: the first load after this
-- migration carries on from the load before it.

alter table ingest_finding add column first_seen timestamptz;
update ingest_finding f
   set first_seen = r.started_at
  from ingest_run r
 where r.run_id = f.run_id;
comment on column ingest_finding.first_seen is
  'When the same finding (rule, child, field, value) was first found in an unbroken line of loaded runs: the start of that run. Filled in by the run that wrote the finding.';
