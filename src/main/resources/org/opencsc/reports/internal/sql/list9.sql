-- List 9, care leavers: one row a care leaver in touch (or not) in the twelve months to the as-at
-- date, from their latest care leaver contact in them. Eligibility: relevant under 18 on the as-at
-- date, former relevant from 18. The personal advisor by name where the snapshot knows the worker,
-- else as recorded. SSDA903 accommodation codes carry the type and the suitability (C1: type C,
-- suitable); each goes to its column. The team and worker holding the case on the as-at date.
select l.child_id,
       c.uasc,
       al.team,
       al.worker,
       coalesce(pa.name, l.personal_advisor),
       case when c.person_birth_date + interval '18 years' > :as_at then 'REL' else 'FREL' end,
       l.pathway_plan_review_date,
       l.in_touch,
       l.contact_date,
       case when length(l.accom) = 2 then substr(l.accom, 1, 1) end,
       case when length(l.accom) = 2 then substr(l.accom, 2, 1) end,
       l.activ
  from (select distinct on (child_id) *
          from care_leaver_contact
         where snapshot_id = :snapshot_id
           and contact_date > :year_ago and contact_date <= :as_at
         order by child_id, contact_date desc) l
  join child c on c.snapshot_id = l.snapshot_id and c.child_id = l.child_id
  left join worker pa on pa.snapshot_id = l.snapshot_id and pa.worker_id = l.personal_advisor
  left join lateral (
    select t.name as team, w.name as worker
      from allocation x
      join team t on t.snapshot_id = x.snapshot_id and t.team_id = x.team_id
      join worker w on w.snapshot_id = x.snapshot_id and w.worker_id = x.worker_id
     where x.snapshot_id = l.snapshot_id and x.child_id = l.child_id
       and x.start_date <= :as_at and (x.end_date is null or x.end_date >= :as_at)
     order by x.start_date desc
     limit 1) al on true
