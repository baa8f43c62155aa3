-- The workers who held the child's case (allocation: SSD ssd_involvements, SSDA903 SWEpisodes),
-- newest first, with their team and why the allocation ended (change_reason, decoded on the page
-- from the SSD's invo_worker_change_reason list). Only for a child the login's scope may see.
select a.allocation_id, a.worker_id, w.name as worker_name, a.team_id, t.name as team_name,
       a.start_date, a.end_date, a.change_reason
  from allocation a
  join worker w on w.snapshot_id = a.snapshot_id and w.worker_id = a.worker_id
  join team t on t.snapshot_id = a.snapshot_id and t.team_id = a.team_id
 where a.snapshot_id = :snapshot_id
   and a.child_id = :child_id
   and (:scope_kind = 'all'
        or a.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
 order by a.start_date desc, a.allocation_id desc
