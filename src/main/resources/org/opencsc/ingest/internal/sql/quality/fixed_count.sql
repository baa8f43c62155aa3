-- How many findings fixed.sql lists with no limit.
select count(*)
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
