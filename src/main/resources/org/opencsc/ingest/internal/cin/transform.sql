-- CIN census, once every file of the run is read. A name in braces is the snapshot's load table
-- of that domain table.
--
-- The reader has already written each child (to stage_child) and its journey (to the load tables)
-- with identifiers made from what identifies a record in the child's history: the child, the day
-- the record starts and, among records of one kind that start the same day, their order in the
-- file.
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
--
-- The same LAchildID more than once (in one file, or in two census files of one run): the first
-- record is kept; each later one is an error and is removed with all it holds. Every row the
-- reader wrote for a child carries the child's file and position (source_file, source_row).
create temporary table stage_cin_repeat on commit drop as
select source_file, source_row, child_id, first_file, first_row
  from (select source_file, source_row, child_id,
               first_value(source_file) over w as first_file,
               first_value(source_row) over w as first_row,
               row_number() over w as n
          from stage_child
         where family = 'CIN census'
           and child_id in (select child_id from stage_child
                             where family = 'CIN census'
                             group by child_id having count(*) > 1)
        window w as (partition by child_id order by source_file, source_row)) c
 where n > 1;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id, 'LAchildID', child_id, 'DUPLICATE_CHILD', 'error',
       format('child %s is already in %s as child %s: this later record and all it holds are'
              ' kept out', child_id, first_file, first_row)
  from stage_cin_repeat
 order by source_file, source_row;

do $repeats$
declare
  -- the load tables, rendered quoted by the runner; children of a record before the record
  loaded text[] := array['{cp_review}', '{cp_plan}', '{icpc}', '{section47}',
                         '{strategy_discussion}', '{cin_plan}', '{assessment_factor}',
                         '{assessment}', '{referral}'];
  t text;
begin
  if exists (select 1 from stage_cin_repeat) then
    analyze stage_cin_repeat;
    foreach t in array array['stage_child', 'stage_child_disability'] || loaded loop
      execute format('delete from %s s using stage_cin_repeat r'
                     ' where s.source_file = r.source_file and s.source_row = r.source_row', t);
    end loop;
  end if;
end
$repeats$;
