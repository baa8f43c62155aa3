-- ssd_cin_assessments: the day the child was seen and the assessment's outcome, filled in on the
-- assessments another family loaded. The CIN census carries neither field; the SSD carries both
-- (cina_assessment_child_seen, cina_assessment_outcome_nfa: child_in_need is its opposite). This is
-- the SSD's fill-in (SsdSource.fillInSql): it runs after every family's transform, so that the
-- assessments are there whichever family loaded them, the CIN census (before the SSD's transform)
-- or, without a census, Annex A List 4 (after it). It runs after transform.sql, whose functions it
-- uses.
--
-- Matching. The census gives assessments no IDs (the CIN source derives them from the child and the
-- dates, C123/2025-05-01/1/A/2025-05-02/1) and the SSD's own IDs are the case-management system's,
-- so an SSD row finds its assessment by child and start date, not by ID. Where one child has
-- several assessments starting the same day, the authorisation date tells them apart; where it does
-- not, they pair in referral order (the snapshot's referral dates against the SSD's referral IDs:
-- ssd_cin_assessments has no referral date) and a query says the pairing is a guess
-- (ASSESSMENT_TIED).
--
-- Precedence. The SSD's value is loaded wherever it gives one, and a blank in the SSD keeps what
-- the assessment already has. The only other family with either field is Annex A, whose List 4 has
-- the outcome (and only whether the child was seen, which is not loaded); Annex A ranks below the
-- SSD, so where the two disagree on the outcome the SSD's is loaded and a query says so
-- (OUTCOME_DIFFERS).

select pg_temp.ssd_keep_first('stage_ssd_assessment', 'assessment_id', 'cina_assessment_id',
                              'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_assessment',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'cina_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

-- An assessment authorised before the collection year is in no census of this year: history the
-- snapshot does not hold, left out without a finding (as CP visits of plans that ended before it).
delete from stage_ssd_assessment
 where authorisation_date < (select max(year_start) from stage_ssd_context);

-- No assessments at all (no CIN census and no Annex A in this run): one finding per file, not one
-- per row.
with passed as (
  delete from stage_ssd_assessment s
   where not exists (select 1 from {assessment})
  returning s.source_file
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, null, null, null, null, 'ASSESSMENTS_NOT_LOADED', 'query',
       format('no assessments were loaded (is the CIN census missing?), so the child-seen dates and'
              ' outcomes of the %s assessments of this file were not loaded', count(*))
  from passed group by source_file order by source_file;

-- Each SSD row and the assessment it fills in; tied: another row or assessment of the same child
-- started the same day and the dates did not tell them apart.
create temporary table ssd_assessment_match (
  source_file    text not null,
  source_row     bigint not null,
  assessment_id  text not null,
  tied           boolean not null
) on commit drop;

-- 1. Child, start date and authorisation date (blank matches blank), in referral order.
with s as (
  select source_file, source_row, child_id, start_date,
         coalesce(authorisation_date, 'infinity'::date) as authorised,
         row_number() over w as n, count(*) over p as k
    from stage_ssd_assessment
  window p as (partition by child_id, start_date, coalesce(authorisation_date, 'infinity'::date)),
         w as (p order by referral_id, assessment_id, source_file, source_row)
), a as (
  select a.assessment_id, a.child_id, a.assessment_actual_start_date as start_date,
         coalesce(a.assessment_authorisation_date, 'infinity'::date) as authorised,
         row_number() over w as n, count(*) over p as k
    from {assessment} a
    left join {referral} r on r.referral_id = a.referral_id
  window p as (partition by a.child_id, a.assessment_actual_start_date,
                            coalesce(a.assessment_authorisation_date, 'infinity'::date)),
         w as (p order by r.cin_referral_date, a.assessment_id)
)
insert into ssd_assessment_match (source_file, source_row, assessment_id, tied)
select s.source_file, s.source_row, a.assessment_id, s.k > 1 or a.k > 1
  from s join a using (child_id, start_date, authorised, n);

analyze ssd_assessment_match;

-- 2. What is left, by child and start date (the authorisation dates differ, or one is blank: the
--    census leaves blank an authorisation after its year), in authorisation then referral order.
with s as (
  select source_file, source_row, child_id, start_date,
         row_number() over w as n, count(*) over p as k
    from stage_ssd_assessment x
   where not exists (select 1 from ssd_assessment_match m
                      where (m.source_file, m.source_row) = (x.source_file, x.source_row))
  window p as (partition by child_id, start_date),
         w as (p order by authorisation_date, referral_id, assessment_id, source_file, source_row)
), a as (
  select a.assessment_id, a.child_id, a.assessment_actual_start_date as start_date,
         row_number() over w as n, count(*) over p as k
    from {assessment} a
    left join {referral} r on r.referral_id = a.referral_id
   where not exists (select 1 from ssd_assessment_match m where m.assessment_id = a.assessment_id)
  window p as (partition by a.child_id, a.assessment_actual_start_date),
         w as (p order by a.assessment_authorisation_date, r.cin_referral_date, a.assessment_id)
)
insert into ssd_assessment_match (source_file, source_row, assessment_id, tied)
select s.source_file, s.source_row, a.assessment_id, s.k > 1 or a.k > 1
  from s join a using (child_id, start_date, n);

analyze ssd_assessment_match;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, s.child_id, 'cina_assessment_start_date', s.start_date::text,
       'ASSESSMENT_NOT_FOUND', 'query',
       'no assessment of this child starting on this day was loaded (CIN census, or Annex A'
       || ' List 4): its child-seen date and outcome are not loaded'
  from stage_ssd_assessment s
 where not exists (select 1 from ssd_assessment_match m
                    where (m.source_file, m.source_row) = (s.source_file, s.source_row))
 order by s.source_file, s.source_row;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, s.child_id, 'cina_assessment_start_date', s.start_date::text,
       'ASSESSMENT_TIED', 'query',
       format('another assessment of this child starts on this day and the dates do not tell them'
              ' apart: filled in on %s, in referral order, which may be the wrong one',
              m.assessment_id)
  from ssd_assessment_match m
  join stage_ssd_assessment s using (source_file, source_row)
 where m.tied
 order by s.source_file, s.source_row;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, s.child_id, 'cina_assessment_outcome_nfa',
       case when s.outcome_nfa then 'Y' else 'N' end, 'OUTCOME_DIFFERS', 'query',
       format('%s says the child was %s: the SSD''s outcome is loaded', a.source_file,
              case when a.child_in_need then 'in need' else 'not in need' end)
  from ssd_assessment_match m
  join stage_ssd_assessment s using (source_file, source_row)
  join {assessment} a on a.assessment_id = m.assessment_id
 where a.child_in_need = s.outcome_nfa
 order by s.source_file, s.source_row;

-- The SSD's data model declares cina_assessment_child_seen a Y/N flag: Y says the child was seen,
-- not when. One query per file.
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, null, null, 'cina_assessment_child_seen', 'Y', 'SEEN_WITHOUT_DATE', 'query',
       format('%s assessments say the child was seen (Y) but not on which day: their child-seen'
              ' dates are left blank', count(*))
  from ssd_assessment_match m
  join stage_ssd_assessment s using (source_file, source_row)
 where s.seen_flag
 group by s.source_file order by s.source_file;

update {assessment} a
   set child_seen_date = coalesce(s.child_seen_date, a.child_seen_date),
       child_in_need = coalesce(not s.outcome_nfa, a.child_in_need)
  from ssd_assessment_match m
  join stage_ssd_assessment s using (source_file, source_row)
 where a.assessment_id = m.assessment_id;
