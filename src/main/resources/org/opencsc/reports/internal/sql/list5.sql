-- List 5, section 47 enquiries: every enquiry open at some time in the period, with its initial
-- conference if held by the as-at date and whether it led to a plan; the child's enquiries and
-- conferences in the twelve months to the as-at date; the team and worker holding the case when
-- the enquiry ended (the as-at date while still open). An enquiry whose end is not recorded (the
-- CIN census has none; the ingest loads it from the SSD's ssd_s47_enquiry, so only a snapshot
-- imported without the SSD, or an enquiry the SSD did not match, lacks it) lasts no longer than its
-- episode of need: it ends when its referral closes.
select e.child_id,
       e.s47_actual_start_date,
       e.icpc_not_required,
       case when e.date_of_initial_cpc <= :as_at then e.date_of_initial_cpc end,
       (select i.outcome_cp_plan
          from icpc i
         where i.snapshot_id = e.snapshot_id and i.child_id = e.child_id
           and i.section47_id = e.section47_id
           and i.date_of_initial_cpc <= :as_at
         order by i.date_of_initial_cpc
         limit 1),
       (select count(*)
          from section47 p
         where p.snapshot_id = e.snapshot_id and p.child_id = e.child_id
           and p.s47_actual_start_date > :year_ago and p.s47_actual_start_date <= :as_at)::int,
       (select count(*)
          from icpc i
         where i.snapshot_id = e.snapshot_id and i.child_id = e.child_id
           and i.date_of_initial_cpc > :year_ago and i.date_of_initial_cpc <= :as_at)::int,
       al.team,
       al.worker
  from section47 e
  join referral r on r.snapshot_id = e.snapshot_id and r.referral_id = e.referral_id
  cross join lateral (
    select coalesce(e.s47_end_date, r.cin_closure_date) as ended) n
  cross join lateral (
    select case when n.ended <= :as_at then n.ended else :as_at end as day) d
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = e.snapshot_id and x.child_id = e.child_id
       and x.start_date <= d.day and (x.end_date is null or x.end_date >= d.day)
     order by x.start_date desc
     limit 1) al on true
 where e.snapshot_id = :snapshot_id
   and e.s47_actual_start_date <= :as_at
   and (n.ended is null or n.ended >= :from)
