-- The plan's actions (one when :id is given) with the findings they answer and the indicators they
-- should move, each as an array in order of id.
select a.action_id, a.title, a.description, a.owner, a.service_area_id, a.start_date, a.due_date,
       a.status, a.rag, a.evidence, a.meeting_id, a.created_by, a.created_at, a.changed_at,
       array(select f.finding_id from improvement_action_finding f
              where f.action_id = a.action_id order by f.finding_id) as finding_ids,
       array(select i.indicator from improvement_action_indicator i
              where i.action_id = a.action_id order by i.indicator) as indicators
  from improvement_action a
 where cast(:id as bigint) is null or a.action_id = :id
 order by a.due_date, a.action_id
