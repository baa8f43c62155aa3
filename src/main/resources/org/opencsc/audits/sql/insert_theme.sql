-- A new learning theme; a name already on the list (in any case) is not added twice.
insert into audit_theme (name)
select :name
 where not exists (select 1 from audit_theme where lower(name) = lower(:name))
