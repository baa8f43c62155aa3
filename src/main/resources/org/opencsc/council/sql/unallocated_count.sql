-- Children with an open case on :as_at (a referral not closed by then, or an episode of care not
-- ceased by then) but no allocation open on that date.
select count(*)
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
