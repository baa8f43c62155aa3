-- One audit by id (its answers, themes and transitions are read by the queries beside this one).
select audit_id, version_id, child_id, worker_id, team_id, service_area_id, auditor, due_date, state,
       overall_grade, strengths, areas_to_improve, moderated_grade, moderation_reason, moderator,
       assigned_by, assigned_at, submitted_at
  from audit
 where audit_id = :audit_id
