-- Fills in first_seen for run :run_id's findings: the first_seen of the same finding (same rule,
-- child, field and value; see V21__finding_first_seen.sql) in the previous loaded run, or this
-- run's own start when that run did not have it (or there is none). Nulls compare equal, as a
-- finding about no child or no field is still the same finding; the joins use coalesce and a
-- null flag rather than "is not distinct from" so that PostgreSQL can hash them (100,000 findings
-- a run).
with previous as (
  select rule, child_id, field, value, min(first_seen) as first_seen
    from ingest_finding
   where run_id = (select max(p.run_id)
                     from ingest_run p
                    where p.outcome = 'loaded' and p.run_id < :run_id)
   group by rule, child_id, field, value
),
matched as (
  select f.finding_no, coalesce(p.first_seen, r.started_at) as first_seen
    from ingest_finding f
    join ingest_run r on r.run_id = f.run_id
    left join previous p
      on p.rule = f.rule
     and coalesce(p.child_id, '') = coalesce(f.child_id, '') and (p.child_id is null) = (f.child_id is null)
     and coalesce(p.field, '') = coalesce(f.field, '') and (p.field is null) = (f.field is null)
     and coalesce(p.value, '') = coalesce(f.value, '') and (p.value is null) = (f.value is null)
   where f.run_id = :run_id
)
update ingest_finding f
   set first_seen = m.first_seen
  from matched m
 where f.run_id = :run_id
   and f.finding_no = m.finding_no
