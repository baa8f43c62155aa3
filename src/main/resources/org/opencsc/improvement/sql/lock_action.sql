-- Holds off other updates of the action until the transaction ends, so that what changed is
-- worked out from the action as it really stands.
select action_id from improvement_action where action_id = :id for update
