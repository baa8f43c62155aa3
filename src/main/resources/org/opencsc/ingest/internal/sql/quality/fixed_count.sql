-- How many findings fixed.sql lists with no limit.
select count(*)
  from finding p
 where not exists (select 1
                     from ingest_finding c
                    where c.run_id = :current_run_id
                      and c.rule = p.rule
                      and c.child_id is not distinct from p.child_id
                      and c.field is not distinct from p.field
                      and c.value is not distinct from p.value)
