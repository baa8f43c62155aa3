-- An action's history, the latest first.
select update_id, action_id, updated_at, updated_by, changes::text as changes, note
  from improvement_action_update
 where action_id = :id
 order by updated_at desc, update_id desc
