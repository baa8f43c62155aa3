-- CIN census: from the staging tables (staging.sql) into the snapshot. Runs once every file of the
-- run is staged. A name in braces is the snapshot's load table of that domain table and
-- :snapshot_id the snapshot being built.
--
-- The census gives no identifiers below the child, so they are made from what identifies a record
-- in the child's history: the child, the day the record starts and, among records of one kind
-- that start the same day, their order in the file.
--   referral                   C123/2025-05-01/1             (child / CINreferralDate / n)
--   assessment                 C123/2025-05-01/1/A/2025-05-02/1
--   CIN plan                   <referral>/N/<CINPlanStartDate>/<n>
--   section 47 enquiry         <referral>/S/<S47ActualStartDate>/<n>
--     its strategy discussion  <section 47>/D       (S47ActualStartDate is the date of the
--     its initial conference   <section 47>/I        strategy discussion that started it)
--   child protection plan      <referral>/P/<CPPstartDate>/<n>
--     a review conference      <plan>/R/<CPPreviewDate>
-- An identifier stays the same from one night to the next while its record does, even when older
-- records of the child drop out of the census.

-- The runner has analysed the staging tables; each table made here is analysed once filled (the
-- planner knows nothing of a temporary table until then and picks nested loops over thousands).

-- 1. The same LAchildID more than once (in one file, or in two census files of one run): the
--    first record is kept; each later one is an error and is removed with all it holds. What sits
--    below a child reaches the snapshot only through its CINdetails, so removing the child, its
--    disabilities and its CINdetails removes all of it.
create temporary table stage_cin_repeat on commit drop as
select source_file, source_row, child_id, first_file, first_row
  from (select source_file, source_row, child_id,
               first_value(source_file) over w as first_file,
               first_value(source_row) over w as first_row,
               row_number() over w as n
          from stage_cin_child
        window w as (partition by child_id order by source_file, source_row)) c
 where n > 1;
analyze stage_cin_repeat;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id, 'LAchildID', child_id, 'DUPLICATE_CHILD', 'error',
       format('child %s is already in %s as child %s: this later record and all it holds are'
              ' kept out', child_id, first_file, first_row)
  from stage_cin_repeat
 order by source_file, source_row;

delete from stage_cin_child s
 using stage_cin_repeat r
 where s.source_file = r.source_file and s.source_row = r.source_row;

delete from stage_cin_disability s
 using stage_cin_repeat r
 where s.source_file = r.source_file and s.source_row = r.source_row;

delete from stage_cin_details s
 using stage_cin_repeat r
 where s.source_file = r.source_file and s.source_row = r.source_row;

-- 2. Identifiers of referrals, and of the records other records point at.
create temporary table stage_cin_referral_key on commit drop as
select source_file, source_row, cin_seq, child_id,
       child_id || '/' || to_char(cin_referral_date, 'YYYY-MM-DD') || '/'
         || row_number() over (partition by child_id, cin_referral_date
                               order by source_file, source_row, cin_seq) as referral_id
  from stage_cin_details;
analyze stage_cin_referral_key;

create temporary table stage_cin_assessment_key on commit drop as
select a.source_file, a.source_row, a.cin_seq, a.assessment_seq, k.referral_id,
       k.referral_id || '/A/' || to_char(a.assessment_actual_start_date, 'YYYY-MM-DD') || '/'
         || row_number() over (partition by k.referral_id, a.assessment_actual_start_date
                               order by a.assessment_seq) as assessment_id
  from stage_cin_assessment a
  join stage_cin_referral_key k using (source_file, source_row, cin_seq);
analyze stage_cin_assessment_key;

create temporary table stage_cin_s47_key on commit drop as
select s.source_file, s.source_row, s.cin_seq, s.s47_seq, s.child_id, k.referral_id,
       s.s47_actual_start_date, s.date_of_initial_cpc,
       k.referral_id || '/S/' || to_char(s.s47_actual_start_date, 'YYYY-MM-DD') || '/'
         || row_number() over (partition by k.referral_id, s.s47_actual_start_date
                               order by s.s47_seq) as section47_id
  from stage_cin_section47 s
  join stage_cin_referral_key k using (source_file, source_row, cin_seq);
analyze stage_cin_s47_key;

create temporary table stage_cin_cp_plan_key on commit drop as
select p.source_file, p.source_row, p.cin_seq, p.cpp_seq, p.child_id, k.referral_id,
       p.cpp_start_date, p.cpp_end_date,
       k.referral_id || '/P/' || to_char(p.cpp_start_date, 'YYYY-MM-DD') || '/'
         || row_number() over (partition by k.referral_id, p.cpp_start_date
                               order by p.cpp_seq) as cp_plan_id
  from stage_cin_cp_plan p
  join stage_cin_referral_key k using (source_file, source_row, cin_seq);
analyze stage_cin_cp_plan_key;

-- 3. A child is on one child protection plan at a time (the database refuses overlapping plans,
--    [start, end) with an open end running on). Of two overlapping plans the later one (by start,
--    then by place in the file) is an error and is kept out with its reviews. A plan is kept out if
--    it overlaps any earlier plan, even one itself kept out.
create temporary table stage_cin_cp_overlap on commit drop as
select distinct on (later.cp_plan_id)
       later.source_file, later.source_row, later.child_id, later.cp_plan_id,
       later.cpp_start_date, later.cpp_end_date,
       earlier.cpp_start_date as earlier_start, earlier.cpp_end_date as earlier_end
  from stage_cin_cp_plan_key later
  join stage_cin_cp_plan_key earlier
    on earlier.child_id = later.child_id
   and (earlier.cpp_start_date, earlier.source_file, earlier.source_row, earlier.cin_seq,
        earlier.cpp_seq)
     < (later.cpp_start_date, later.source_file, later.source_row, later.cin_seq, later.cpp_seq)
   and daterange(earlier.cpp_start_date, earlier.cpp_end_date, '[)')
       && daterange(later.cpp_start_date, later.cpp_end_date, '[)')
 order by later.cp_plan_id, earlier.cpp_start_date;
analyze stage_cin_cp_overlap;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id, 'CPPstartDate', to_char(cpp_start_date, 'YYYY-MM-DD'),
       'CP_PLANS_OVERLAP', 'error',
       format('the child protection plan from %s to %s overlaps the plan from %s to %s: a child'
              ' has one plan at a time, so this later plan and its reviews are kept out',
              cpp_start_date, coalesce(cpp_end_date::text, 'open'), earlier_start,
              coalesce(earlier_end::text, 'open'))
  from stage_cin_cp_overlap
 order by source_file, source_row, cpp_start_date;

delete from stage_cin_cp_plan_key k
 using stage_cin_cp_overlap o
 where k.cp_plan_id = o.cp_plan_id;

-- 4. A conference recorded on the CINdetails (not on a Section47 of it) cannot be loaded: the
--    snapshot keeps a conference under the enquiry that led to it, and that enquiry is not in the
--    file. The same date on both levels is the same conference, loaded from the Section47.
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select d.source_file, d.source_row, d.child_id, 'DateOfInitialCPC',
       to_char(d.date_of_initial_cpc, 'YYYY-MM-DD'), 'ICPC_WITHOUT_SECTION47', 'query',
       format('the CINdetails of %s records a conference that none of its Section47 enquiries'
              ' holds: it is not loaded (a conference is kept under the enquiry that led to it)',
              d.cin_referral_date)
  from stage_cin_details d
  join stage_cin_referral_key k using (source_file, source_row, cin_seq)
 where d.date_of_initial_cpc is not null
   and not exists (select 1 from stage_cin_s47_key s
                    where s.referral_id = k.referral_id
                      and s.date_of_initial_cpc = d.date_of_initial_cpc)
 order by d.source_file, d.source_row, d.cin_seq;

-- 5. Children, for the core transform to merge with what other sources say (the census first).
insert into stage_child (source_file, source_row, family, precedence, child_id, upn, former_upn,
                         upn_unknown, sex, person_birth_date, expected_person_birth_date,
                         person_death_date, ethnicity)
select source_file, source_row, 'CIN census', 1, child_id, upn, former_upn, upn_unknown, sex,
       person_birth_date, expected_person_birth_date, person_death_date, ethnicity
  from stage_cin_child;

insert into stage_child_disability (source_file, source_row, child_id, disability)
select source_file, source_row, child_id, disability
  from stage_cin_disability;

-- 6. The child's journey.
insert into {referral} (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                        primary_need_code, cin_closure_date, reason_for_closure, referral_nfa,
                        source_file, source_row)
select :snapshot_id, k.referral_id, d.child_id, d.cin_referral_date, d.referral_source,
       d.primary_need_code, d.cin_closure_date, d.reason_for_closure, d.referral_nfa,
       d.source_file, d.source_row
  from stage_cin_details d
  join stage_cin_referral_key k using (source_file, source_row, cin_seq);

insert into {assessment} (snapshot_id, assessment_id, referral_id, child_id,
                          assessment_actual_start_date, assessment_internal_review_date,
                          assessment_authorisation_date, source_file, source_row)
select :snapshot_id, k.assessment_id, k.referral_id, a.child_id, a.assessment_actual_start_date,
       a.assessment_internal_review_date, a.assessment_authorisation_date, a.source_file,
       a.source_row
  from stage_cin_assessment a
  join stage_cin_assessment_key k using (source_file, source_row, cin_seq, assessment_seq);

insert into {assessment_factor} (snapshot_id, assessment_id, factor, source_file, source_row)
select :snapshot_id, k.assessment_id, f.factor, f.source_file, f.source_row
  from stage_cin_assessment_factor f
  join stage_cin_assessment_key k using (source_file, source_row, cin_seq, assessment_seq);

insert into {cin_plan} (snapshot_id, cin_plan_id, referral_id, child_id, cin_plan_start_date,
                        cin_plan_end_date, source_file, source_row)
select :snapshot_id,
       k.referral_id || '/N/' || to_char(p.cin_plan_start_date, 'YYYY-MM-DD') || '/'
         || row_number() over (partition by k.referral_id, p.cin_plan_start_date
                               order by p.plan_seq),
       k.referral_id, p.child_id, p.cin_plan_start_date, p.cin_plan_end_date, p.source_file,
       p.source_row
  from stage_cin_plan p
  join stage_cin_referral_key k using (source_file, source_row, cin_seq);

-- The census has no strategy discussion of its own: S47ActualStartDate is the date of the
-- discussion that started the enquiry, so each enquiry brings one discussion that initiated it.
insert into {strategy_discussion} (snapshot_id, strategy_discussion_id, referral_id, child_id,
                                   strategy_discussion_date, section47_initiated, source_file,
                                   source_row)
select :snapshot_id, section47_id || '/D', referral_id, child_id, s47_actual_start_date, true,
       source_file, source_row
  from stage_cin_s47_key;

-- s47_end_date stays empty: the census says whether an enquiry ended in a conference or needed
-- none, not when it ended.
insert into {section47} (snapshot_id, section47_id, referral_id, child_id, strategy_discussion_id,
                         s47_actual_start_date, initial_cpc_target, date_of_initial_cpc,
                         icpc_not_required, source_file, source_row)
select :snapshot_id, k.section47_id, k.referral_id, k.child_id, k.section47_id || '/D',
       s.s47_actual_start_date, s.initial_cpc_target, s.date_of_initial_cpc, s.icpc_not_required,
       s.source_file, s.source_row
  from stage_cin_section47 s
  join stage_cin_s47_key k using (source_file, source_row, cin_seq, s47_seq);

-- An initial conference per enquiry that held one; it made a plan when a plan of the same
-- referral starts that day.
insert into {icpc} (snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,
                    outcome_cp_plan, source_file, source_row)
select :snapshot_id, s.section47_id || '/I', s.section47_id, s.referral_id, s.child_id,
       s.date_of_initial_cpc,
       exists (select 1 from stage_cin_cp_plan_key p
                where p.referral_id = s.referral_id
                  and p.cpp_start_date = s.date_of_initial_cpc),
       s.source_file, s.source_row
  from stage_cin_s47_key s
 where s.date_of_initial_cpc is not null;

insert into {cp_plan} (snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,
                       cpp_end_date, initial_category_of_abuse, latest_category_of_abuse,
                       number_of_previous_cpp, source_file, source_row)
select :snapshot_id, k.cp_plan_id, k.referral_id, p.child_id, i.icpc_id, p.cpp_start_date,
       p.cpp_end_date, p.initial_category_of_abuse, p.latest_category_of_abuse,
       p.number_of_previous_cpp, p.source_file, p.source_row
  from stage_cin_cp_plan p
  join stage_cin_cp_plan_key k using (source_file, source_row, cin_seq, cpp_seq)
  left join (select referral_id, date_of_initial_cpc,
                    (array_agg(section47_id || '/I' order by s47_seq))[1] as icpc_id
               from stage_cin_s47_key
              where date_of_initial_cpc is not null
              group by referral_id, date_of_initial_cpc) i
         on i.referral_id = k.referral_id and i.date_of_initial_cpc = p.cpp_start_date;

insert into {cp_review} (snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date,
                          source_file, source_row)
select :snapshot_id, k.cp_plan_id || '/R/' || to_char(r.cpp_review_date, 'YYYY-MM-DD'),
       k.cp_plan_id, r.child_id, r.cpp_review_date, r.source_file, r.source_row
  from stage_cin_cp_review r
  join stage_cin_cp_plan_key k using (source_file, source_row, cin_seq, cpp_seq);
