-- An action's links are replaced as a whole (their change is in the action's history).
with findings as (delete from improvement_action_finding where action_id = :id)
delete from improvement_action_indicator where action_id = :id
