insert into audit (version_id, child_id, worker_id, team_id, service_area_id, auditor, due_date,
                   assigned_by)
values (:version_id, :child_id, :worker_id, :team_id, :service_area_id, :auditor, :due_date,
        :assigned_by)
returning audit_id
