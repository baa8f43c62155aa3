-- One worker and the team they were in on :as_at (or, if they had left, their last team).
select w.worker_id, w.name, w.agency_worker,
       t.team_id, t.name as team_name, sa.service_area_id, sa.name as service_area_name
  from worker w
  left join lateral (
         select wt.team_id
           from worker_team wt
          where wt.snapshot_id = w.snapshot_id
            and wt.worker_id = w.worker_id
            and wt.start_date <= :as_at
          order by wt.start_date desc
          limit 1) membership on true
  left join team t on t.snapshot_id = w.snapshot_id and t.team_id = membership.team_id
  left join service_area sa on sa.snapshot_id = t.snapshot_id and sa.service_area_id = t.service_area_id
 where w.snapshot_id = :snapshot_id
   and w.worker_id = :worker_id
