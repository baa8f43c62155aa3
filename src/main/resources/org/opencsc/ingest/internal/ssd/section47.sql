-- ssd_s47_enquiry: the day each section 47 enquiry ended, filled in on the enquiries another family
-- loaded. The CIN census has no end of an enquiry; the SSD has it (s47e_s47_end_date). Part of the
-- SSD's fill-in (SsdSource.fillInSql), after assessments.sql, so it too runs after every family's
-- transform: the enquiries are there whichever family loaded them, the CIN census or, without a
-- census, Annex A List 5.
--
-- Matching. The census gives enquiries no IDs (the CIN source derives them from the child and its
-- episode) and its referral IDs are derived too, so the SSD's own IDs (s47e_s47_enquiry_id,
-- s47e_referral_id) are the case-management system's and match nothing: an SSD row finds its
-- enquiry by child and start date. Where one child has several enquiries starting the same day,
-- they pair in referral order (the snapshot's referral dates against the SSD's referral IDs:
-- ssd_s47_enquiry has no referral date) and a query says the pairing is a guess (S47_TIED).
--
-- Precedence. The SSD's end date is loaded wherever it gives one; a blank keeps what the enquiry
-- has (no other family carries an end date).

select pg_temp.ssd_keep_first('stage_ssd_s47', 'section47_id', 's47e_s47_enquiry_id', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_s47',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  's47e_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

-- No enquiries at all (no CIN census and no Annex A in this run): one finding per file.
with passed as (
  delete from stage_ssd_s47 s
   where not exists (select 1 from {section47})
  returning s.source_file
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, null, null, null, null, 'ENQUIRIES_NOT_LOADED', 'query',
       format('no section 47 enquiries were loaded (is the CIN census missing?), so the end dates'
              ' of the %s enquiries of this file were not loaded', count(*))
  from passed group by source_file order by source_file;

-- Each SSD row and the enquiry it fills in; tied: another row or enquiry of the same child started
-- the same day.
create temporary table ssd_s47_match (
  source_file   text not null,
  source_row    bigint not null,
  section47_id  text not null,
  tied          boolean not null
) on commit drop;

with s as (
  select source_file, source_row, child_id, start_date,
         row_number() over w as n, count(*) over p as k
    from stage_ssd_s47
  window p as (partition by child_id, start_date),
         w as (p order by referral_id, section47_id, source_file, source_row)
), e as (
  select e.section47_id, e.child_id, e.s47_actual_start_date as start_date,
         row_number() over w as n, count(*) over p as k
    from {section47} e
    left join {referral} r on r.referral_id = e.referral_id
  window p as (partition by e.child_id, e.s47_actual_start_date),
         w as (p order by r.cin_referral_date, e.section47_id)
)
insert into ssd_s47_match (source_file, source_row, section47_id, tied)
select s.source_file, s.source_row, e.section47_id, s.k > 1 or e.k > 1
  from s join e using (child_id, start_date, n);

analyze ssd_s47_match;

-- An enquiry that ended before the collection year is in a census of this year only while its
-- conference is to come (CIN rule 8740), so it is matched like any other; one that matched nothing
-- is history the snapshot does not hold, left out without a finding.
delete from stage_ssd_s47 s
 where s.end_date < (select max(year_start) from stage_ssd_context)
   and not exists (select 1 from ssd_s47_match m
                    where (m.source_file, m.source_row) = (s.source_file, s.source_row));

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, s.child_id, 's47e_s47_start_date', s.start_date::text,
       'S47_NOT_FOUND', 'query',
       'no section 47 enquiry of this child starting on this day was loaded (CIN census, or Annex A'
       || ' List 5): its end date is not loaded'
  from stage_ssd_s47 s
 where not exists (select 1 from ssd_s47_match m
                    where (m.source_file, m.source_row) = (s.source_file, s.source_row))
 order by s.source_file, s.source_row;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, s.child_id, 's47e_s47_start_date', s.start_date::text,
       'S47_TIED', 'query',
       format('another section 47 enquiry of this child starts on this day: its end date is'
              ' loaded on %s, in referral order, which may be the wrong one', m.section47_id)
  from ssd_s47_match m
  join stage_ssd_s47 s using (source_file, source_row)
 where m.tied
 order by s.source_file, s.source_row;

update {section47} e
   set s47_end_date = coalesce(s.end_date, e.s47_end_date)
  from ssd_s47_match m
  join stage_ssd_s47 s using (source_file, source_row)
 where e.section47_id = m.section47_id;
