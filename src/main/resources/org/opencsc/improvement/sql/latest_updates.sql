-- Each action's latest history entry.
select distinct on (action_id) update_id, action_id, updated_at, updated_by,
       changes::text as changes, note
  from improvement_action_update
 order by action_id, updated_at desc, update_id desc
