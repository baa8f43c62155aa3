-- Annex A: from the staging tables (staging.sql) into the snapshot, after every other source.
-- Annex A is the lowest-precedence family: each domain table below is filled from it only when no
-- other family of the run filled it (the load table is still empty), so a drop folder of
-- Annex A alone gives a usable snapshot and one with the returns and the SSD as well gives the same
-- snapshot as without it. Its rows are checked either way.
--
-- Annex A gives no identifiers below the child; they are made from the child and the day the
-- record starts (C123/2025-05-01), with the order among same-day rows where a child may have two
-- (contacts, early help, assessments, section 47 enquiries, CP plans: C123/2025-05-01/1).

analyze stage_annexa_child;
analyze stage_annexa_referral;
analyze stage_annexa_cin;

-- 1. Checks across the cells of a row and across rows: each failing row is an error and is kept
--    out. Keys: a referral and an episode of need are one per child and date (Lists 3 and 6);
--    Lists 8, 9 and 10 have one row per child.
create temporary table annexa_reject (
  list text not null, source_file text not null, source_row bigint not null
) on commit drop;

with bad as (
  select 'referral' as list, source_file, source_row, child_id, 'List 3: Date of referral' as field,
         referral_date::text as value, 'DUPLICATE_ROW' as rule,
         'a second referral of this child on this date: kept out' as message
    from (select *, row_number() over (partition by child_id, referral_date
                                           order by source_file, source_row) as n
            from stage_annexa_referral) r where n > 1
  union all
  select 'cin', source_file, source_row, child_id, 'List 6: CIN Start Date', referral_date::text,
         'DUPLICATE_ROW', 'a second episode of need of this child from this date: kept out'
    from (select *, row_number() over (partition by child_id, referral_date
                                           order by source_file, source_row) as n
            from stage_annexa_cin) c where n > 1
  union all
  select 'cin', source_file, source_row, child_id, 'List 6: CIN Closure Date',
         closure_date::text, 'CLOSURE_INCOMPLETE',
         'a closure date and a reason for closure go together: one is blank'
    from stage_annexa_cin where (closure_date is null) <> (reason_for_closure is null)
  union all
  select 'cin', source_file, source_row, child_id, 'List 6: CIN Closure Date',
         closure_date::text, 'END_BEFORE_START', 'before the CIN start date ' || referral_date
    from stage_annexa_cin where closure_date < referral_date
  union all
  select 'early_help', source_file, source_row, child_id, 'List 2: Assessment completion date',
         end_date::text, 'END_BEFORE_START', 'before the assessment start date ' || start_date
    from stage_annexa_early_help where end_date < start_date
  union all
  select 'assessment', source_file, source_row, child_id,
         'List 4: Continuous Assessment Date of Authorisation', authorisation_date::text,
         'END_BEFORE_START', 'before the assessment start date ' || start_date
    from stage_annexa_assessment where authorisation_date < start_date
  union all
  select 'section47', source_file, source_row, child_id,
         'List 5: Date of Initial Child Protection Conference', icpc_date::text,
         case when icpc_date < start_date then 'END_BEFORE_START' else 'ICPC_NOT_REQUIRED' end,
         case when icpc_date < start_date then 'before the strategy discussion ' || start_date
              else 'a conference is dated although it was deemed unnecessary' end
    from stage_annexa_section47
   where icpc_date < start_date or (icpc_not_required and icpc_date is not null)
  union all
  select 'cp_plan', source_file, source_row, child_id, 'List 7: Child Protection Plan End Date',
         end_date::text, 'END_BEFORE_START', 'before the plan start date ' || start_date
    from stage_annexa_cp_plan where end_date < start_date
  union all
  select 'cp_plan', source_file, source_row, child_id,
         'List 7: Number of Previous Child Protection Plans', previous_plans::text,
         'NUMBER_FORMAT', 'cannot be negative'
    from stage_annexa_cp_plan where previous_plans < 0
  union all
  select 'cp_plan', source_file, source_row, child_id, 'List 7: Child Protection Plan Start Date',
         start_date::text, 'PLANS_OVERLAP',
         'starts before the child''s previous plan in the list ended: kept out'
    from (select *, lag(coalesce(end_date, 'infinity'::date)) over w as previous_end,
                 row_number() over w as n
            from stage_annexa_cp_plan
          window w as (partition by child_id order by start_date, source_row)) p
   where n > 1 and start_date < previous_end
  union all
  select 'cla', source_file, source_row, child_id, 'List 8: Child Unique ID', child_id,
         'DUPLICATE_CHILD', 'the child is already in List 8: this later row is kept out'
    from (select *, row_number() over (partition by child_id order by source_file, source_row) n
            from stage_annexa_cla) c where n > 1
  union all
  select 'cla', source_file, source_row, child_id, 'List 8: Date Ceased to be Looked After',
         dec::text,
         case when (dec is null) <> (rec is null) then 'CEASED_INCOMPLETE' else 'END_BEFORE_START'
         end,
         case when (dec is null) <> (rec is null)
              then 'a date ceased and a reason ceased go together: one is blank'
              else 'before the start of the latest placement or legal status' end
    from stage_annexa_cla
   where (dec is null) <> (rec is null) or dec < greatest(legal_status_start, placement_start)
  union all
  select 'cla', source_file, source_row, child_id,
         'List 8: Start date of current legal status', legal_status_start::text,
         'START_BEFORE_CARE', 'the legal status or placement starts before the child started to'
         || ' be looked after (' || period_start || ')'
    from stage_annexa_cla where least(legal_status_start, placement_start) < period_start
  union all
  select 'cla', source_file, source_row, child_id, 'List 8: Child''s Category of Need', cin,
         'UNKNOWN_CODE', 'a looked-after child''s category of need is N1-N8'
    from stage_annexa_cla where cin !~ '^N[1-8]$'
  union all
  select 'care_leaver', source_file, source_row, child_id, 'List 9: Child Unique ID', child_id,
         'DUPLICATE_CHILD', 'the child is already in List 9: this later row is kept out'
    from (select *, row_number() over (partition by child_id order by source_file, source_row) n
            from stage_annexa_care_leaver) c where n > 1
  union all
  select 'adoption', source_file, source_row, child_id, 'List 10: Child Unique ID', child_id,
         'DUPLICATE_CHILD', 'the child is already in List 10: this later row is kept out'
    from (select *, row_number() over (partition by child_id order by source_file, source_row) n
            from stage_annexa_adoption) c where n > 1
  union all
  select 'adoption', source_file, source_row, child_id,
         'List 10: Date of Decision that Child Should No Longer be Placed for Adoption',
         date_placed_ceased::text, 'END_BEFORE_START',
         'before the date placed for adoption ' || date_placed
    from stage_annexa_adoption where date_placed_ceased < date_placed
), findings as (
  insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                             message)
  select source_file, source_row, child_id, field, value, rule, 'error', message from bad
  order by source_file, source_row
)
insert into annexa_reject select list, source_file, source_row from bad;

delete from stage_annexa_referral s using annexa_reject r
 where r.list = 'referral' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_cin s using annexa_reject r
 where r.list = 'cin' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_early_help s using annexa_reject r
 where r.list = 'early_help' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_assessment s using annexa_reject r
 where r.list = 'assessment' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_section47 s using annexa_reject r
 where r.list = 'section47' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_cp_plan s using annexa_reject r
 where r.list = 'cp_plan' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_cla s using annexa_reject r
 where r.list = 'cla' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_care_leaver s using annexa_reject r
 where r.list = 'care_leaver' and (s.source_file, s.source_row) = (r.source_file, r.source_row);
delete from stage_annexa_adoption s using annexa_reject r
 where r.list = 'adoption' and (s.source_file, s.source_row) = (r.source_file, r.source_row);

-- 2. Children: every row's child, merged by the core after the other families' (precedence 4).
--    A child no file gives a date of birth (or expected date) cannot be loaded, nor its rows.
insert into stage_child (source_file, source_row, family, precedence, child_id, sex,
                         person_birth_date, expected_person_birth_date, ethnicity, uasc)
select source_file, source_row, 'Annex A', 4, child_id, sex, person_birth_date,
       expected_person_birth_date, ethnicity, uasc
  from stage_annexa_child
 where person_birth_date is not null or expected_person_birth_date is not null;

create temporary table annexa_known on commit drop as
select distinct child_id from stage_child;
analyze annexa_known;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select a.source_file, a.source_row, a.child_id, 'List ' || a.list || ': Date of Birth', null,
       'CHILD_NOT_LOADED', 'error',
       'no file gives this child a date of birth (or, unborn, an expected one): the row is not'
       || ' loaded'
  from stage_annexa_child a
 where not exists (select 1 from annexa_known k where k.child_id = a.child_id)
 order by a.source_file, a.list, a.source_row;

-- 3. List 1 → contacts. Annex A does not say what became of a contact: outcome stays blank.
insert into {contact} (snapshot_id, contact_id, child_id, contact_date, contact_source, outcome,
                       source_file, source_row)
select :snapshot_id,
       child_id || '/' || contact_date || '/'
         || row_number() over (partition by child_id, contact_date order by source_row),
       child_id, contact_date, contact_source, null, source_file, source_row
  from stage_annexa_contact
 where child_id in (select child_id from annexa_known)
   and not exists (select 1 from {contact});

-- 4. List 2 → early help (the assessment's start and completion, by the organisation named).
insert into {early_help_episode} (snapshot_id, early_help_id, child_id, start_date, end_date,
                                  organisation, source_file, source_row)
select :snapshot_id,
       child_id || '/' || start_date || '/'
         || row_number() over (partition by child_id, start_date order by source_row),
       child_id, start_date, end_date, organisation, source_file, source_row
  from stage_annexa_early_help
 where child_id in (select child_id from annexa_known)
   and not exists (select 1 from {early_help_episode});

-- 5. Lists 3 and 6 → referrals: List 3 has the referrals of the period (source, NFA), List 6 every
--    episode of need open in it (need code, closure); the same child and date are one referral.
--    A referral before the period is in List 6 only, without its source.
insert into {referral} (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                        primary_need_code, cin_closure_date, reason_for_closure, referral_nfa,
                        source_file, source_row)
select :snapshot_id, child_id || '/' || referral_date, child_id, referral_date, r.referral_source,
       c.primary_need_code, c.closure_date, c.reason_for_closure, coalesce(r.referral_nfa, false),
       coalesce(r.source_file, c.source_file), coalesce(r.source_row, c.source_row)
  from stage_annexa_referral r
  full join stage_annexa_cin c using (child_id, referral_date)
 where child_id in (select child_id from annexa_known)
   and not exists (select 1 from {referral});

-- 6. Lists 4, 5 and 7 belong to the child's latest referral on or before their start; a row with
--    none is an error (only when Annex A fills the table).
create temporary table annexa_part on commit drop as
select 'assessment' as list, source_file, source_row, child_id, start_date,
       'List 4: Continuous Assessment Start Date' as field
  from stage_annexa_assessment where not exists (select 1 from {assessment})
union all
select 'section47', source_file, source_row, child_id, start_date,
       'List 5: Strategy discussion initiating Section 47 Enquiry Start Date'
  from stage_annexa_section47 where not exists (select 1 from {section47})
union all
select 'cp_plan', source_file, source_row, child_id, start_date,
       'List 7: Child Protection Plan Start Date'
  from stage_annexa_cp_plan where not exists (select 1 from {cp_plan});

create temporary table annexa_referral_of on commit drop as
select distinct on (p.list, p.source_file, p.source_row)
       p.list, p.source_file, p.source_row, p.child_id, p.start_date, r.referral_id,
       row_number() over (partition by p.list, p.child_id, p.start_date
                          order by p.source_row) as n
  from annexa_part p
  join {referral} r on r.child_id = p.child_id and r.cin_referral_date <= p.start_date
 order by p.list, p.source_file, p.source_row, r.cin_referral_date desc;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select p.source_file, p.source_row, p.child_id, p.field, p.start_date::text,
       'REFERRAL_NOT_FOUND', 'error',
       'no referral of this child on or before this date (Lists 3 and 6): the row is not loaded'
  from annexa_part p
 where p.child_id in (select child_id from annexa_known)
   and not exists (select 1 from annexa_referral_of o
                    where (o.list, o.source_file, o.source_row)
                        = (p.list, p.source_file, p.source_row))
 order by p.source_file, p.list, p.source_row;

insert into {assessment} (snapshot_id, assessment_id, referral_id, child_id,
                          assessment_actual_start_date, assessment_authorisation_date,
                          child_in_need, source_file, source_row)
select :snapshot_id, a.child_id || '/' || a.start_date || '/' || o.n, o.referral_id, a.child_id,
       a.start_date, a.authorisation_date, a.child_in_need, a.source_file, a.source_row
  from stage_annexa_assessment a
  join annexa_referral_of o
    on o.list = 'assessment' and (o.source_file, o.source_row) = (a.source_file, a.source_row);

insert into {strategy_discussion} (snapshot_id, strategy_discussion_id, referral_id, child_id,
                                   strategy_discussion_date, section47_initiated, source_file,
                                   source_row)
select :snapshot_id, s.child_id || '/' || s.start_date || '/' || o.n, o.referral_id, s.child_id,
       s.start_date, true, s.source_file, s.source_row
  from stage_annexa_section47 s
  join annexa_referral_of o
    on o.list = 'section47' and (o.source_file, o.source_row) = (s.source_file, s.source_row)
 where not exists (select 1 from {strategy_discussion});

insert into {section47} (snapshot_id, section47_id, referral_id, child_id, strategy_discussion_id,
                         s47_actual_start_date, date_of_initial_cpc, icpc_not_required,
                         source_file, source_row)
select :snapshot_id, s.child_id || '/' || s.start_date || '/' || o.n, o.referral_id, s.child_id,
       d.strategy_discussion_id, s.start_date, s.icpc_date, coalesce(s.icpc_not_required, false),
       s.source_file, s.source_row
  from stage_annexa_section47 s
  join annexa_referral_of o
    on o.list = 'section47' and (o.source_file, o.source_row) = (s.source_file, s.source_row)
  left join {strategy_discussion} d
    on (d.source_file, d.source_row) = (s.source_file, s.source_row)
   and d.strategy_discussion_id = s.child_id || '/' || s.start_date || '/' || o.n;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id,
       'List 5: Did the Initial Child Protection Conference Result in a Child Protection Plan',
       null, 'ICPC_OUTCOME_MISSING', 'query',
       'a conference is dated but its outcome is blank: the conference is not loaded'
  from stage_annexa_section47
 where icpc_date is not null and icpc_cp_plan is null
 order by source_file, source_row;

insert into {icpc} (snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,
                    outcome_cp_plan, source_file, source_row)
select :snapshot_id, e.section47_id, e.section47_id, e.referral_id, e.child_id,
       e.date_of_initial_cpc, s.icpc_cp_plan, e.source_file, e.source_row
  from {section47} e
  join stage_annexa_section47 s
    on (s.source_file, s.source_row) = (e.source_file, e.source_row)
 where e.date_of_initial_cpc is not null and s.icpc_cp_plan is not null
   and not exists (select 1 from {icpc});

insert into {cp_plan} (snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,
                       cpp_end_date, initial_category_of_abuse, latest_category_of_abuse,
                       number_of_previous_cpp, source_file, source_row)
select :snapshot_id, p.child_id || '/' || p.start_date || '/' || o.n, o.referral_id, p.child_id,
       null, p.start_date, p.end_date, p.initial_category, p.latest_category,
       coalesce(p.previous_plans, 0), p.source_file, p.source_row
  from stage_annexa_cp_plan p
  join annexa_referral_of o
    on o.list = 'cp_plan' and (o.source_file, o.source_row) = (p.source_file, p.source_row);

-- 7. List 8 → the child's latest episode of care: it started with the later of the current legal
--    status and the most recent placement; RNE S when that is the day care started, T when both
--    changed that day, else L or P (Annex A cannot tell a change with the same carers, B or U).
insert into {episode_of_care} (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place,
                               place_provider, dec, rec, pl_post, urn, source_file, source_row)
select :snapshot_id, child_id || '/' || decom, child_id, decom,
       case when decom = period_start then 'S'
            when legal_status_start = placement_start then 'T'
            when decom = legal_status_start then 'L'
            else 'P' end,
       ls, cin, place, place_provider, dec, rec, pl_post, urn, source_file, source_row
  from (select *, greatest(legal_status_start, placement_start) as decom
          from stage_annexa_cla) c
 where child_id in (select child_id from annexa_known)
   and not exists (select 1 from {episode_of_care});

-- 8. List 9 → the latest care leaver contact (the current template's Latest Date of Contact; the
--    older template has none, and its rows are checked but not loaded). Accommodation is the type
--    letter and the suitability digit, as SSDA903 OC3 ACCOM.
insert into {care_leaver_contact} (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                   in_touch, activ, accom, pathway_plan_review_date, source_file,
                                   source_row)
select :snapshot_id, child_id || '/' || contact_date, child_id, contact_date, in_touch, activity,
       case when accommodation is not null and suitability is not null
            then accommodation || suitability end,
       pathway_plan_review_date, source_file, source_row
  from stage_annexa_care_leaver
 where contact_date is not null
   and child_id in (select child_id from annexa_known)
   and not exists (select 1 from {care_leaver_contact});

-- 9. List 10 → adoption decisions (SSDA903 AD1 DATE_INT and DATE_MATCH, PlacedAdoption).
insert into {adoption} (snapshot_id, child_id, date_int, date_match, date_placed,
                        date_placed_ceased, reason_placed_ceased)
select :snapshot_id, child_id, date_int, date_match, date_placed, date_placed_ceased,
       reason_placed_ceased
  from stage_annexa_adoption
 where child_id in (select child_id from annexa_known)
   and not exists (select 1 from {adoption});
