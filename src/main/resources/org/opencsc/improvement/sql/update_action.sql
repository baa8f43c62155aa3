update improvement_action
   set title = :title, description = :description, owner = :owner,
       service_area_id = :service_area_id, start_date = :start_date, due_date = :due_date,
       status = :status, rag = :rag, evidence = :evidence, meeting_id = :meeting_id,
       changed_at = now()
 where action_id = :id
