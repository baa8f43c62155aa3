-- How many children children.sql lists with no limit.
select count(*)
  from (select ch.child_id
          from child ch
         where ch.snapshot_id = :snapshot_id and :scope_kind = 'all'
        union
        select sc.child_id
          from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit) sc
         where :scope_kind <> 'all'
        union
        select fc.child_id from finding fc where fc.child_id is not null) s
 where :with_none or exists (select 1 from finding f where f.child_id = s.child_id)
