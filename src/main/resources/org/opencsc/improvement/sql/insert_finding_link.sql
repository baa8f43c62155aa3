insert into improvement_action_finding (action_id, finding_id) values (:id, :finding_id)
