-- List 4, assessments: every assessment open at some time in the period. Seen: a day seen known on
-- the as-at date. The authorisation and its outcome only once authorised by the as-at date; the
-- team and worker holding the case on the authorisation (the as-at date while still open).
select a.child_id,
       a.assessment_actual_start_date,
       coalesce(a.child_seen_date <= :as_at, false),
       d.done,
       case when d.done is not null then a.child_in_need end,
       al.team,
       al.worker
  from assessment a
  cross join lateral (
    select case when a.assessment_authorisation_date <= :as_at
                then a.assessment_authorisation_date end as done) d
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = a.snapshot_id and x.child_id = a.child_id
       and x.start_date <= coalesce(d.done, :as_at)
       and (x.end_date is null or x.end_date >= coalesce(d.done, :as_at))
     order by x.start_date desc
     limit 1) al on true
 where a.snapshot_id = :snapshot_id
   and a.assessment_actual_start_date <= :as_at
   and (a.assessment_authorisation_date is null or a.assessment_authorisation_date >= :from)
