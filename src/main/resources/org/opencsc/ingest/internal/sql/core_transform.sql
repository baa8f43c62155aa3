-- After every source's transform: one child row per child ID from what all sources staged. Where
-- sources disagree, the lowest precedence wins (the CIN census, then SSDA903, then the SSD) and a
-- query says so; values one source lacks are taken from another.
--
-- Most children come from one source only: their one row is the child as it stands. Only the
-- children several rows describe are merged value by value (ordered aggregates sort each child's
-- rows, too slow to spend on a whole council's children).
create temporary table stage_child_merged on commit drop as
select child_id from stage_child group by child_id having count(*) > 1;
analyze stage_child_merged;

insert into {child} (snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
                     expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother,
                     mc_dob, source_file, source_row)
select :snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
       expected_person_birth_date, person_death_date, ethnicity, coalesce(uasc, false), duc,
       mother, mc_dob, source_file, source_row
  from stage_child s
 where not exists (select 1 from stage_child_merged m where m.child_id = s.child_id);

-- The children several rows describe, in one pass over their rows: each value from the first row
-- that has it, the child's source the first row of all, and a query for the date of birth and the
-- sex where the rows disagree, at that first row.
with merged as (
  select child_id,
         (array_agg(upn order by precedence) filter (where upn is not null))[1] as upn,
         (array_agg(former_upn order by precedence) filter (where former_upn is not null))[1]
           as former_upn,
         (array_agg(upn_unknown order by precedence) filter (where upn_unknown is not null))[1]
           as upn_unknown,
         (array_agg(sex order by precedence) filter (where sex is not null))[1] as sex,
         (array_agg(person_birth_date order by precedence)
            filter (where person_birth_date is not null))[1] as person_birth_date,
         (array_agg(expected_person_birth_date order by precedence)
            filter (where expected_person_birth_date is not null))[1] as expected_person_birth_date,
         (array_agg(person_death_date order by precedence)
            filter (where person_death_date is not null))[1] as person_death_date,
         (array_agg(ethnicity order by precedence) filter (where ethnicity is not null))[1]
           as ethnicity,
         coalesce(bool_or(uasc), false) as uasc,
         (array_agg(duc order by precedence) filter (where duc is not null))[1] as duc,
         (array_agg(mother order by precedence) filter (where mother is not null))[1] as mother,
         (array_agg(mc_dob order by precedence) filter (where mc_dob is not null))[1] as mc_dob,
         (array_agg(source_file order by precedence, source_file, source_row))[1] as source_file,
         (array_agg(source_row order by precedence, source_file, source_row))[1]::integer
           as source_row,
         count(distinct person_birth_date) as birth_dates,
         string_agg(distinct person_birth_date::text, ' / ') as birth_date_values,
         count(distinct sex) as sexes,
         string_agg(distinct sex, ' / ') as sex_values
    from stage_child
   where child_id in (select child_id from stage_child_merged)
   group by child_id
), differing as (
  insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
  select m.source_file, m.source_row, m.child_id, d.field, d.vals, 'CHILD_DETAILS_DIFFER', 'query',
         format('%s differs between the files that describe this child', d.field)
    from merged m
   cross join lateral (values ('date of birth', m.birth_dates, m.birth_date_values),
                              ('sex', m.sexes, m.sex_values)) d(field, distinct_values, vals)
   where d.distinct_values > 1
   order by m.child_id, d.field
)
insert into {child} (snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
                     expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother,
                     mc_dob, source_file, source_row)
select :snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
       expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother, mc_dob,
       source_file, source_row
  from merged;

-- A disability several files give is one record, from the first file and row that gave it (the
-- same split: only repeated ones are merged).
create temporary table stage_disability_merged on commit drop as
select child_id, disability from stage_child_disability
 group by child_id, disability having count(*) > 1;
analyze stage_disability_merged;

-- Hash joins only: most disabilities come from two files (the CIN census and the SSD), so the
-- planner expects almost none left once the repeated ones are set aside and would check each
-- remaining row against every staged child in turn: on 800,000 children that took over ten minutes.
set local enable_nestloop = off;
insert into {child_disability} (snapshot_id, child_id, disability, source_file, source_row)
select :snapshot_id, child_id, disability, source_file, source_row
  from stage_child_disability d
 where exists (select 1 from stage_child c where c.child_id = d.child_id)
   and not exists (select 1 from stage_disability_merged m
                    where m.child_id = d.child_id and m.disability = d.disability);

insert into {child_disability} (snapshot_id, child_id, disability, source_file, source_row)
select :snapshot_id, child_id, disability,
       (array_agg(source_file order by source_file, source_row))[1],
       (array_agg(source_row order by source_file, source_row))[1]::integer
  from stage_child_disability d
 where exists (select 1 from stage_child c where c.child_id = d.child_id)
   and (child_id, disability) in (select child_id, disability from stage_disability_merged)
 group by child_id, disability;
set local enable_nestloop to default;

-- The same child twice under different IDs: the same unique pupil number and date of birth. Each
-- query names at most ten of the children: an export that gives thousands of children one
-- placeholder UPN and date of birth would otherwise write each of them a list of all the others.
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select c.source_file, c.source_row, c.child_id, 'UPN', c.upn, 'SAME_CHILD_TWO_IDS', 'query',
       case when d.children <= 10
            then format('the same UPN and date of birth (%s) belong to children %s: one child'
                        ' recorded twice?', c.person_birth_date, d.ids)
            else format('the same UPN and date of birth (%s) belong to %s children (%s and %s'
                        ' more): one child recorded twice?', c.person_birth_date, d.children,
                        d.ids, d.children - 10)
       end
  from {child} c
  join (select upn, person_birth_date, count(*) as children,
               array_to_string((array_agg(child_id order by child_id))[1:10], ', ') as ids
          from {child}
         where (upn, person_birth_date) in (select upn, person_birth_date
                                               from {child}
                                              where upn is not null
                                              group by upn, person_birth_date
                                             having count(*) > 1)
         group by upn, person_birth_date) d using (upn, person_birth_date)
 order by c.child_id;
