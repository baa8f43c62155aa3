insert into improvement_action_indicator (action_id, indicator) values (:id, :indicator)
