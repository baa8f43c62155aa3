-- List 8, children in care: one row a child looked after at some time in the period, from their
-- latest episode of care open in it. SSDA903 records a period of care as episodes that continue
-- one another (an episode starting, for a reason other than S, the day the one before ceased); the
-- period's start is its first episode's, the current legal status's start the first of the
-- episodes with that status in a row, the placement's start the first episode not started only
-- by a change of legal status (RNE L). Second period: an earlier period ceased in the twelve
-- months before this one started. Placements: episodes not started by a change of legal status
-- alone, open at some time in the twelve months to the as-at date. Placement location: in the
-- council's area up to 20 miles away (as the generator simplifies it). The permanence plan, the
-- last IRO contact and the LA of placement are not in the snapshot and are left blank.
with cared as (
  select distinct child_id
    from episode_of_care
   where snapshot_id = :snapshot_id
     and decom <= :as_at and (dec is null or dec >= :from)
), ordered as (
  select e.*,
         lag(e.dec) over w as previous_dec,
         lag(e.ls) over w as previous_ls,
         row_number() over w as n
    from episode_of_care e
    join cared using (child_id)
   where e.snapshot_id = :snapshot_id
  window w as (partition by e.child_id order by e.decom)
), flagged as (
  select o.*,
         (o.n = 1 or o.rne = 'S' or o.decom is distinct from o.previous_dec) as new_period
    from ordered o
), numbered as (
  select f.*,
         sum(f.new_period::int) over w as period_no,
         sum((f.new_period or f.ls <> f.previous_ls)::int) over w as legal_no,
         sum((f.new_period or f.rne <> 'L')::int) over w as placement_no
    from flagged f
  window w as (partition by f.child_id order by f.decom)
), started as (
  select m.*,
         min(m.decom) over (partition by m.child_id, m.period_no) as period_start,
         min(m.decom) over (partition by m.child_id, m.legal_no) as legal_start,
         min(m.decom) over (partition by m.child_id, m.placement_no) as placement_start
    from numbered m
), latest as (
  select distinct on (s.child_id) s.*
    from started s
   where s.decom <= :as_at and (s.dec is null or s.dec >= :from)
   order by s.child_id, s.decom desc
)
select l.child_id,
       c.uasc and (c.duc is null or c.duc > :year_ago),
       l.period_start,
       l.cin,
       exists (select 1 from episode_of_care o
                where o.snapshot_id = l.snapshot_id and o.child_id = l.child_id
                  and o.dec < l.period_start
                  and o.dec >= l.period_start - interval '12 months'),
       l.legal_start,
       l.ls,
       (select max(r.review) from cla_review r
         where r.snapshot_id = l.snapshot_id and r.child_id = l.child_id and r.review <= :as_at),
       (select max(v.visit_date) from cla_visit v
         where v.snapshot_id = l.snapshot_id and v.child_id = l.child_id and v.seen
           and v.visit_date <= :as_at),
       null::text,
       null::date,
       (select max(h.check_date) from health_check h
         where h.snapshot_id = l.snapshot_id and h.child_id = l.child_id
           and h.check_type = 'health_assessment' and h.check_date <= :as_at),
       (select max(h.check_date) from health_check h
         where h.snapshot_id = l.snapshot_id and h.child_id = l.child_id
           and h.check_type = 'dental' and h.check_date <= :as_at),
       (select count(*) from episode_of_care o
         where o.snapshot_id = l.snapshot_id and o.child_id = l.child_id and o.rne <> 'L'
           and o.decom <= :as_at and (o.dec is null or o.dec > :year_ago))::int,
       d.ceased,
       case when d.ceased is not null then l.rec end,
       l.placement_start,
       l.place,
       l.place_provider,
       l.pl_post,
       l.urn,
       case when l.pl_distance <= 20 then 'IN' when l.pl_distance > 20 then 'OUT' end,
       null::text,
       (select count(*) from missing_episode m
         where m.snapshot_id = l.snapshot_id and m.child_id = l.child_id and m.missing = 'M'
           and m.mis_start > :year_ago and m.mis_start <= :as_at)::int,
       (select count(*) from missing_episode m
         where m.snapshot_id = l.snapshot_id and m.child_id = l.child_id and m.missing = 'A'
           and m.mis_start > :year_ago and m.mis_start <= :as_at)::int,
       lm.rhi_offered,
       lm.rhi_accepted,
       al.team,
       al.worker
  from latest l
  join child c on c.snapshot_id = l.snapshot_id and c.child_id = l.child_id
  cross join lateral (select case when l.dec <= :as_at then l.dec end as ceased) d
  left join lateral (
    select m.rhi_offered, m.rhi_accepted
      from missing_episode m
     where m.snapshot_id = l.snapshot_id and m.child_id = l.child_id and m.missing = 'M'
       and m.mis_start <= :as_at
     order by m.mis_start desc
     limit 1) lm on true
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = l.snapshot_id and x.child_id = l.child_id
       and x.start_date <= coalesce(d.ceased, :as_at)
       and (x.end_date is null or x.end_date >= coalesce(d.ceased, :as_at))
     order by x.start_date desc
     limit 1) al on true
