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

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select first.source_file, first.source_row, d.child_id, d.field, d.vals, 'CHILD_DETAILS_DIFFER',
       'query', format('%s differs between the files that describe this child', d.field)
  from (select child_id, 'date of birth' as field,
               string_agg(distinct person_birth_date::text, ' / ') as vals
          from stage_child
         where person_birth_date is not null
           and child_id in (select child_id from stage_child_merged)
         group by child_id having count(distinct person_birth_date) > 1
        union all
        select child_id, 'sex', string_agg(distinct sex, ' / ')
          from stage_child
         where sex is not null
           and child_id in (select child_id from stage_child_merged)
         group by child_id having count(distinct sex) > 1) d
  join lateral (select source_file, source_row from stage_child s
                 where s.child_id = d.child_id
                 order by precedence, source_file, source_row limit 1) first on true
 order by d.child_id, d.field;

insert into {child} (snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
                     expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother,
                     mc_dob, source_file, source_row)
select :snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
       expected_person_birth_date, person_death_date, ethnicity, coalesce(uasc, false), duc,
       mother, mc_dob, source_file, source_row
  from stage_child s
 where not exists (select 1 from stage_child_merged m where m.child_id = s.child_id);

insert into {child} (snapshot_id, child_id, upn, former_upn, upn_unknown, sex, person_birth_date,
                     expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother,
                     mc_dob, source_file, source_row)
select :snapshot_id, child_id,
       (array_agg(upn order by precedence) filter (where upn is not null))[1],
       (array_agg(former_upn order by precedence) filter (where former_upn is not null))[1],
       (array_agg(upn_unknown order by precedence) filter (where upn_unknown is not null))[1],
       (array_agg(sex order by precedence) filter (where sex is not null))[1],
       (array_agg(person_birth_date order by precedence) filter (where person_birth_date is not null))[1],
       (array_agg(expected_person_birth_date order by precedence)
          filter (where expected_person_birth_date is not null))[1],
       (array_agg(person_death_date order by precedence) filter (where person_death_date is not null))[1],
       (array_agg(ethnicity order by precedence) filter (where ethnicity is not null))[1],
       coalesce(bool_or(uasc), false),
       (array_agg(duc order by precedence) filter (where duc is not null))[1],
       (array_agg(mother order by precedence) filter (where mother is not null))[1],
       (array_agg(mc_dob order by precedence) filter (where mc_dob is not null))[1],
       (array_agg(source_file order by precedence, source_file, source_row))[1],
       (array_agg(source_row order by precedence, source_file, source_row))[1]::integer
  from stage_child
 where child_id in (select child_id from stage_child_merged)
 group by child_id;

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

-- The same child twice under different IDs: the same unique pupil number and date of birth.
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select c.source_file, c.source_row, c.child_id, 'UPN', c.upn, 'SAME_CHILD_TWO_IDS', 'query',
       format('the same UPN and date of birth (%s) belong to children %s: one child recorded twice?',
              c.person_birth_date, d.ids)
  from {child} c
  join (select upn, person_birth_date, string_agg(child_id, ', ' order by child_id) as ids
          from {child}
         where (upn, person_birth_date) in (select upn, person_birth_date
                                               from {child}
                                              where upn is not null
                                              group by upn, person_birth_date
                                             having count(*) > 1)
         group by upn, person_birth_date) d using (upn, person_birth_date)
 order by c.child_id;
