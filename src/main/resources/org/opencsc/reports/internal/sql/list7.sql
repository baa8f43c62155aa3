-- List 7, child protection: every plan open at some time in the period, with its latest visit and
-- review conference by the as-at date; whether the child was under an emergency protection order
-- or police protection (legal status L1 or L2) at some time in the six months to the as-at date;
-- the team and worker holding the case when the plan ended (the as-at date while open).
select p.child_id,
       p.cpp_start_date,
       p.initial_category_of_abuse,
       p.latest_category_of_abuse,
       v.visit_date,
       v.seen_alone,
       (select max(r.cpp_review_date)
          from cp_review r
         where r.snapshot_id = p.snapshot_id and r.child_id = p.child_id
           and r.cp_plan_id = p.cp_plan_id
           and r.cpp_review_date <= :as_at),
       d.ended,
       exists (select 1 from episode_of_care e
                where e.snapshot_id = p.snapshot_id and e.child_id = p.child_id
                  and e.ls in ('L1', 'L2')
                  and e.decom <= :as_at and (e.dec is null or e.dec > :six_months_ago)),
       p.number_of_previous_cpp::int,
       al.team,
       al.worker
  from cp_plan p
  cross join lateral (
    select case when p.cpp_end_date <= :as_at then p.cpp_end_date end as ended) d
  left join lateral (
    select visit_date, seen_alone
      from cp_visit x
     where x.snapshot_id = p.snapshot_id and x.child_id = p.child_id
       and x.cp_plan_id = p.cp_plan_id
       and x.visit_date <= :as_at
     order by x.visit_date desc
     limit 1) v on true
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = p.snapshot_id and x.child_id = p.child_id
       and x.start_date <= coalesce(d.ended, :as_at)
       and (x.end_date is null or x.end_date >= coalesce(d.ended, :as_at))
     order by x.start_date desc
     limit 1) al on true
 where p.snapshot_id = :snapshot_id
   and p.cpp_start_date <= :as_at
   and (p.cpp_end_date is null or p.cpp_end_date >= :from)
