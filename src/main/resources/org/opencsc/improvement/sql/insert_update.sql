insert into improvement_action_update (action_id, updated_by, changes, note)
values (:id, :by, cast(:changes as jsonb), :note)
