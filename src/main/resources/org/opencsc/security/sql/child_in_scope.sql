-- Whether a worker, team or service-area scope may see one child (V18's children_in_scope).
select exists (
  select 1
    from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)
   where child_id = :child_id
)
