-- The next version of a template; the row lock on audit_template makes two saves at once number
-- their versions one after the other rather than fail on the unique key.
with locked as (
  select template_id from audit_template where template_id = :template_id for update
)
insert into audit_template_version (template_id, version, name, saved_by)
select l.template_id,
       coalesce((select max(version) from audit_template_version v
                  where v.template_id = l.template_id), 0) + 1,
       :name, :saved_by
  from locked l
returning version_id
