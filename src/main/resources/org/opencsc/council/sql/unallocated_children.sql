-- Children with an open case on :as_at (an open referral or episode of care) but no allocation open
-- on that date, of those the login's scope may see (a worker or team sees the ones it held in the
-- last twelve months); open_as as in allocated_children.sql (a care leaver has no open case, so never here).
select c.child_id,
       extract(year from age(:as_at, c.person_birth_date))::int as age,
       c.sex,
       child_open_as(c.snapshot_id, c.child_id, c.person_birth_date, :as_at) as open_as,
       null::text as worker_id, null::text as worker_name, null::text as team_id,
       null::text as team_name, null::date as allocated_since
  from child c
 where c.snapshot_id = :snapshot_id
   and (exists (select 1 from referral r
                 where r.snapshot_id = c.snapshot_id and r.child_id = c.child_id
                   and r.cin_referral_date <= :as_at
                   and (r.cin_closure_date is null or r.cin_closure_date > :as_at))
        or exists (select 1 from episode_of_care e
                    where e.snapshot_id = c.snapshot_id and e.child_id = c.child_id
                      and e.decom <= :as_at
                      and (e.dec is null or e.dec > :as_at)))
   and not exists (select 1 from allocation a
                    where a.snapshot_id = c.snapshot_id and a.child_id = c.child_id
                      and a.start_date <= :as_at
                      and (a.end_date is null or a.end_date > :as_at))
   and (:scope_kind = 'all'
        or c.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
 order by c.child_id
