-- OpenCSC schema, part 20: what a child is open as on a date, defined once for every page that
-- shows it (the council's children lists, the child page): the first of
--   CLA          in an episode of care that day,
--   CP           on a child protection plan that day,
--   CIN          with an open referral (episode of need) that day,
--   CARE_LEAVER  left care aged 16 or over and not yet 25,
--   NONE         otherwise.
-- A plain SQL expression, so the planner inlines it into the query that calls it.
create function child_open_as(p_snapshot bigint, p_child text, p_birth_date date, p_as_at date)
returns text
language sql stable as $fn$
  select case
           when exists (select 1 from episode_of_care e
                         where e.snapshot_id = p_snapshot and e.child_id = p_child
                           and e.decom <= p_as_at and (e.dec is null or e.dec > p_as_at)) then 'CLA'
           when exists (select 1 from cp_plan p
                         where p.snapshot_id = p_snapshot and p.child_id = p_child
                           and p.cpp_start_date <= p_as_at
                           and (p.cpp_end_date is null or p.cpp_end_date > p_as_at)) then 'CP'
           when exists (select 1 from referral r
                         where r.snapshot_id = p_snapshot and r.child_id = p_child
                           and r.cin_referral_date <= p_as_at
                           and (r.cin_closure_date is null or r.cin_closure_date > p_as_at)) then 'CIN'
           when exists (select 1 from episode_of_care e
                         where e.snapshot_id = p_snapshot and e.child_id = p_child
                           and e.dec <= p_as_at
                           and e.dec >= p_birth_date + interval '16 years')
                and p_as_at < p_birth_date + interval '25 years' then 'CARE_LEAVER'
           else 'NONE'
         end
$fn$;
comment on function child_open_as(bigint, text, date, date) is
  'What a child is open as on a date: CLA, CP, CIN, CARE_LEAVER or NONE (V20__child_open_as.sql).';
