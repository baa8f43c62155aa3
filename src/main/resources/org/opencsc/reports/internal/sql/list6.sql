-- List 6, children in need: every episode of need (referral to closure) open at some time in the
-- period. Last seen: the latest visit at which the child was seen (CIN, CP or looked-after visit)
-- from the referral to the closure (the as-at date while open). The case status on the as-at date
-- (on the closure for a closed episode): looked after, CP plan, CIN plan of this episode, else an
-- open assessment. The team and worker holding the case on the closure (the as-at date if open).
select r.child_id,
       r.cin_referral_date,
       r.primary_need_code,
       (select max(v.visit_date)
          from (select child_id, visit_date, seen from cin_visit where snapshot_id = :snapshot_id
                union all
                select child_id, visit_date, seen from cp_visit where snapshot_id = :snapshot_id
                union all
                select child_id, visit_date, seen from cla_visit where snapshot_id = :snapshot_id) v
         where v.child_id = r.child_id and v.seen
           and v.visit_date >= r.cin_referral_date and v.visit_date <= coalesce(d.closed, :as_at)),
       d.closed,
       case when d.closed is not null then r.reason_for_closure end,
       case
         when d.closed is not null then 'CLOSED'
         when exists (select 1 from episode_of_care e
                       where e.snapshot_id = r.snapshot_id and e.child_id = r.child_id
                         and e.decom <= :as_at and (e.dec is null or e.dec > :as_at)) then 'LAC'
         when exists (select 1 from cp_plan p
                       where p.snapshot_id = r.snapshot_id and p.child_id = r.child_id
                         and p.cpp_start_date <= :as_at
                         and (p.cpp_end_date is null or p.cpp_end_date > :as_at)) then 'CPP'
         when exists (select 1 from cin_plan p
                       where p.snapshot_id = r.snapshot_id and p.child_id = r.child_id
                         and p.referral_id = r.referral_id
                         and p.cin_plan_start_date <= :as_at
                         and (p.cin_plan_end_date is null or p.cin_plan_end_date > :as_at))
           then 'CINP'
         else 'ASSESS'
       end,
       al.team,
       al.worker
  from referral r
  cross join lateral (
    select case when r.cin_closure_date <= :as_at then r.cin_closure_date end as closed) d
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = r.snapshot_id and x.child_id = r.child_id
       and x.start_date <= coalesce(d.closed, :as_at)
       and (x.end_date is null or x.end_date >= coalesce(d.closed, :as_at))
     order by x.start_date desc
     limit 1) al on true
 where r.snapshot_id = :snapshot_id
   and r.cin_referral_date <= :as_at
   and (r.cin_closure_date is null or r.cin_closure_date >= :from)
