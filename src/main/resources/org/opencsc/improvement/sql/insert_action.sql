insert into improvement_action (title, description, owner, service_area_id, start_date, due_date,
                                status, rag, evidence, meeting_id, created_by)
values (:title, :description, :owner, :service_area_id, :start_date, :due_date,
        :status, :rag, :evidence, :meeting_id, :by)
returning action_id
