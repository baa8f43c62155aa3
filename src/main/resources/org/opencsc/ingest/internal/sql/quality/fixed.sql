-- The fixed findings: those of the previous loaded run (bound as :run_id, so "finding" is its
-- findings in the login's scope, with the team and worker holding the child now) that run
-- :current_run_id did not find again: no finding of it with the same rule, child, field and value
-- (V21__finding_first_seen.sql; nulls equal, compared as in sql/first_seen.sql so that
-- PostgreSQL can hash the anti-join). In the order they were found; :limit (null: all) from
-- :offset.
select p.file_name, p.row_number, p.child_id, p.field, p.value, p.rule, p.severity, p.message,
       p.team_id, p.team_name, p.worker_id, p.worker_name, p.first_seen
  from finding p
 where not exists (select 1
                     from ingest_finding c
                    where c.run_id = :current_run_id
                      and c.rule = p.rule
                      and coalesce(c.child_id, '') = coalesce(p.child_id, '')
                      and (c.child_id is null) = (p.child_id is null)
                      and coalesce(c.field, '') = coalesce(p.field, '')
                      and (c.field is null) = (p.field is null)
                      and coalesce(c.value, '') = coalesce(p.value, '')
                      and (c.value is null) = (p.value is null))
 order by p.finding_no
 limit :limit offset :offset
