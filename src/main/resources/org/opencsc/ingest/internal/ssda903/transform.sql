-- SSDA903, once every file is staged: checks across rows and files, then the move into the
-- snapshot's load tables. Each check reports to stage_finding and deletes the staging rows it keeps
-- out, so what is left in staging is what loads. The order matters: duplicates first (one row of
-- each key stays), then rows whose child is not in the Header, then the checks between tables.

-- Duplicate keys, within a file or across files: the first row (by file name, then row) stays and
-- every later one is an error. Keys: the child in Header, UASC, OC2, OC3, AD1 and PrevPerm (DfE
-- checks INT31 to INT36); the child and the date in Episodes, Reviews, PlacedAdoption, Missing,
-- SWEpisodes and DoLo. Only keys given more than once are ranked (most files have none).
do $duplicates$
declare
  t record;
begin
  for t in
    select *
      from (values ('stage_903_header', 'Header', 'CHILD', 'null::date', 'child'),
                   ('stage_903_uasc', 'UASC', 'CHILD', 'null::date', 'child'),
                   ('stage_903_episodes', 'Episodes', 'DECOM', 'decom', 'child and DECOM'),
                   ('stage_903_reviews', 'Reviews', 'REVIEW', 'review', 'child and REVIEW'),
                   ('stage_903_oc2', 'OC2', 'CHILD', 'null::date', 'child'),
                   ('stage_903_oc3', 'OC3', 'CHILD', 'null::date', 'child'),
                   ('stage_903_ad1', 'AD1', 'CHILD', 'null::date', 'child'),
                   ('stage_903_placed_adoption', 'PlacedAdoption', 'DATE_PLACED', 'date_placed',
                    'child and DATE_PLACED'),
                   ('stage_903_prev_perm', 'PrevPerm', 'CHILD', 'null::date', 'child'),
                   ('stage_903_missing', 'Missing', 'MIS_START', 'mis_start', 'child and MIS_START'),
                   ('stage_903_sw_episodes', 'SWEpisodes', 'SW_DECOM', 'sw_decom',
                    'child and SW_DECOM'),
                   ('stage_903_dolo', 'DoLo', 'DOLO_START', 'dolo_start', 'child and DOLO_START'))
           as k (staging, part, field, key_date, key_name)
  loop
    execute format(
      $sql$
      with ranked as (
        select source_file, source_row, child, %2$s as key_date,
               first_value(source_file) over w as first_file,
               first_value(source_row) over w as first_row,
               row_number() over w as n
          from %1$I
         where (child, coalesce(%2$s, '-infinity'::date))
               in (select child, coalesce(%2$s, '-infinity'::date) from %1$I
                    group by 1, 2 having count(*) > 1)
        window w as (partition by child, %2$s order by source_file, source_row)
      ), gone as (
        delete from %1$I s
         using ranked r
         where r.n > 1 and s.source_file = r.source_file and s.source_row = r.source_row
        returning r.*
      )
      insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                                 message)
      select source_file, source_row, child, %3$L,
             coalesce(to_char(key_date, 'DD/MM/YYYY'), child), 'DUPLICATE_ROW', 'error',
             format('the same %4$s as row %%s of %%s, which is loaded: this %5$s row is kept out',
                    first_row, first_file)
        from gone
       order by source_file, source_row
      $sql$,
      t.staging, t.key_date, t.field, t.key_name, t.part);
  end loop;
end
$duplicates$;

-- Every child of the other tables must be in the Header (DfE checks INT01 to INT09); and where a
-- table repeats the child's date of birth, it should be the Header's (INT11 to INT18: a query).
do $header$
declare
  t record;
begin
  for t in
    select *
      from (values ('stage_903_uasc', 'UASC'), ('stage_903_episodes', 'Episodes'),
                   ('stage_903_reviews', 'Reviews'), ('stage_903_oc2', 'OC2'),
                   ('stage_903_oc3', 'OC3'), ('stage_903_ad1', 'AD1'),
                   ('stage_903_placed_adoption', 'PlacedAdoption'),
                   ('stage_903_prev_perm', 'PrevPerm'), ('stage_903_missing', 'Missing'),
                   ('stage_903_sw_episodes', 'SWEpisodes'), ('stage_903_dolo', 'DoLo'))
           as k (staging, part)
  loop
    execute format(
      $sql$
      with gone as (
        delete from %1$I s
         where not exists (select 1 from stage_903_header h where h.child = s.child)
        returning s.source_file, s.source_row, s.child
      )
      insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                                 message)
      select source_file, source_row, child, 'CHILD', child, 'CHILD_NOT_IN_HEADER', 'error',
             format('child %%s has no row in the Header (or its Header row was kept out): this'
                    ' %2$s row is kept out', child)
        from gone
       order by source_file, source_row
      $sql$,
      t.staging, t.part);
    if t.part <> 'Episodes' then
      execute format(
        $sql$
        insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                                   message)
        select s.source_file, s.source_row, s.child, 'DOB', to_char(s.dob, 'DD/MM/YYYY'),
               'DOB_DIFFERS', 'query',
               format('DOB differs from the Header''s (%%s); the Header''s date of birth is loaded',
                      to_char(h.dob, 'DD/MM/YYYY'))
          from %1$I s
          join stage_903_header h on h.child = s.child
         where s.dob <> h.dob
         order by s.source_file, s.source_row
        $sql$,
        t.staging);
    end if;
  end loop;
end
$header$;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select u.source_file, u.source_row, u.child, 'SEX', u.sex, 'SEX_DIFFERS', 'query',
       format('SEX differs from the Header''s (%s); the Header''s is loaded', h.sex)
  from stage_903_uasc u
  join stage_903_header h on h.child = u.child
 where u.sex <> h.sex
 order by u.source_file, u.source_row;

-- A child may have had more than one decision to place for adoption (PlacedAdoption rows), but the
-- snapshot keeps one adoption record a child: the latest decision. The earlier ones are queried.
with ranked as (
  select source_file, source_row, child, date_placed,
         first_value(source_file) over w as latest_file,
         first_value(source_row) over w as latest_row,
         first_value(date_placed) over w as latest,
         row_number() over w as n
    from stage_903_placed_adoption
  window w as (partition by child order by date_placed desc, source_file, source_row)
), gone as (
  delete from stage_903_placed_adoption s
   using ranked r
   where r.n > 1 and s.source_file = r.source_file and s.source_row = r.source_row
  returning r.*
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child, 'DATE_PLACED', to_char(date_placed, 'DD/MM/YYYY'),
       'EARLIER_DECISION', 'query',
       format('an earlier decision to place for adoption: the snapshot keeps a child''s latest'
              ' (%s, row %s of %s), so this row was not loaded',
              to_char(latest, 'DD/MM/YYYY'), latest_row, latest_file)
  from gone
 order by source_file, source_row;

-- A child is in one episode at a time, and the database refuses overlapping episodes ([DECOM, DEC):
-- an episode ends on the day the next may start). Walking each child's episodes in DECOM order, an
-- episode is kept when it starts on or after the end of the last episode kept (or is empty, DEC =
-- DECOM); otherwise it overlaps that episode and is kept out.
with recursive ordered as (
  select source_file, source_row, child, decom, dec,
         row_number() over (partition by child order by decom) as n
    from stage_903_episodes
), walk as (
  select child, n, source_file, source_row, decom, dec, true as kept,
         coalesce(dec, 'infinity') as covered_to, source_file as by_file, source_row as by_row,
         decom as by_decom, dec as by_dec
    from ordered
   where n = 1
  union all
  select o.child, o.n, o.source_file, o.source_row, o.decom, o.dec, k.kept,
         case when k.extends then coalesce(o.dec, 'infinity') else w.covered_to end,
         case when k.extends then o.source_file else w.by_file end,
         case when k.extends then o.source_row else w.by_row end,
         case when k.extends then o.decom else w.by_decom end,
         case when k.extends then o.dec else w.by_dec end
    from walk w
    join ordered o on o.child = w.child and o.n = w.n + 1
   cross join lateral (select o.decom >= w.covered_to or o.dec is not distinct from o.decom
                                as kept,
                              o.decom >= w.covered_to and o.dec is distinct from o.decom
                                as extends) k
), gone as (
  delete from stage_903_episodes s
   using walk w
   where not w.kept and s.source_file = w.source_file and s.source_row = w.source_row
  returning w.*
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child, 'DECOM', to_char(decom, 'DD/MM/YYYY'), 'EPISODES_OVERLAP',
       'error',
       format('the episode starting %s overlaps the episode from %s to %s (row %s of %s): a child'
              ' is in one episode at a time, so this row is kept out',
              to_char(decom, 'DD/MM/YYYY'), to_char(by_decom, 'DD/MM/YYYY'),
              coalesce(to_char(by_dec, 'DD/MM/YYYY'), 'now'), by_row, by_file)
  from gone
 order by source_file, source_row;

-- UASC status cannot end before the child was born (the database refuses it too).
with gone as (
  delete from stage_903_uasc u
   using stage_903_header h
   where h.child = u.child and u.duc < h.dob
  returning u.source_file, u.source_row, u.child, u.duc, h.dob
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child, 'DUC', to_char(duc, 'DD/MM/YYYY'), 'DUC_BEFORE_DOB', 'error',
       format('DUC is before the date of birth in the Header (%s): this UASC row is kept out',
              to_char(dob, 'DD/MM/YYYY'))
  from gone
 order by source_file, source_row;

-- OC3 describes the young person around their 17th to 21st birthday in the collection year (DfE
-- rule 391); without such a birthday the row has no date and is kept out.
with collection as (
  select max(collection_start) as first_day, max(collection_end) as last_day from stage_903_file
), gone as (
  delete from stage_903_oc3 o
   using stage_903_header h, collection c
   where h.child = o.child
     and not exists (select 1
                       from generate_series(17, 21) age
                      where (h.dob + make_interval(years => age))::date
                            between c.first_day and c.last_day)
  returning o.source_file, o.source_row, o.child, h.dob
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child, 'DOB', to_char(dob, 'DD/MM/YYYY'), 'OC3_AGE', 'error',
       'the young person has no 17th to 21st birthday in the collection year (DfE rule 391):'
       ' this OC3 row is kept out'
  from gone
 order by source_file, source_row;

-- The children, merged with the other sources' by core_transform.sql (SSDA903 precedence 2).
-- A UPN of UN1 to UN5 is the reason it is not known.
insert into stage_child (source_file, source_row, family, precedence, child_id, upn, upn_unknown,
                         sex, person_birth_date, ethnicity, uasc, duc, mother, mc_dob)
select h.source_file, h.source_row, 'SSDA903', 2, h.child,
       case when h.upn !~ '^UN[0-9]$' then h.upn end,
       case when h.upn ~ '^UN[0-9]$' then h.upn end,
       h.sex, h.dob, h.ethnic, case when u.child is not null then true end, u.duc, h.mother,
       h.mc_dob
  from stage_903_header h
  left join stage_903_uasc u on u.child = h.child;

insert into {episode_of_care} (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place,
                               place_provider, dec, rec, reason_place_change, home_post, pl_post,
                               urn, source_file, source_row)
select :snapshot_id, child || '/' || to_char(decom, 'YYYY-MM-DD'), child, decom, rne, ls, cin,
       place, place_provider, dec, rec, reason_place_change, home_post, pl_post, urn, source_file,
       source_row
  from stage_903_episodes;

insert into {cla_review} (snapshot_id, cla_review_id, child_id, review, review_code, source_file,
                          source_row)
select :snapshot_id, child || '/' || to_char(review, 'YYYY-MM-DD'), child, review, review_code,
       source_file, source_row
  from stage_903_reviews;

-- OC2 says which checks a child looked after for a year had in the twelve months to 31 March, not
-- when: each is loaded as a check dated the last day of the collection year. HEALTH_ASSESSMENT is
-- the annual health assessment, TEETH_CHECK the dental check, SDQ_SCORE an SDQ with its score. The
-- health promotion item of under-fives (HEALTH_CHECK: their development checks, which the DfE's
-- rules 545 and 546 allow only under 5), convictions and substance misuse have no place in the
-- snapshot yet.
insert into {health_check} (snapshot_id, health_check_id, child_id, check_type, check_date,
                            sdq_score, source_file, source_row)
select :snapshot_id, o.child || '/' || c.check_type || '/' || to_char(y.last_day, 'YYYY-MM-DD'),
       o.child, c.check_type, y.last_day, c.score, o.source_file, o.source_row
  from stage_903_oc2 o
 cross join (select max(collection_end) as last_day from stage_903_file) y
 cross join lateral (values ('health_assessment', o.health_assessment, null::smallint),
                            ('dental', o.teeth_check, null::smallint),
                            ('immunisation', o.immunisations, null::smallint),
                            ('sdq', o.sdq_score is not null, o.sdq_score))
            as c (check_type, done, score)
 where c.done;

-- OC3: the care leaver's situation around the birthday in the year, dated that birthday.
insert into {care_leaver_contact} (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                   in_touch, activ, accom, source_file, source_row)
select :snapshot_id, o.child || '/' || to_char(b.birthday, 'YYYY-MM-DD'), o.child, b.birthday,
       o.in_touch, o.activ, o.accom, o.source_file, o.source_row
  from stage_903_oc3 o
  join stage_903_header h on h.child = o.child
 cross join (select max(collection_start) as first_day, max(collection_end) as last_day
               from stage_903_file) c
 cross join lateral (select (h.dob + make_interval(years => age))::date as birthday
                       from generate_series(17, 21) age
                      where (h.dob + make_interval(years => age))::date
                            between c.first_day and c.last_day
                      limit 1) b;

-- AD1 (adopted in the year) and PlacedAdoption (decision to place) make one adoption record.
insert into {adoption} (snapshot_id, child_id, date_int, date_match, foster_care, nb_adoptr,
                        sex_adoptr, ls_adoptr, date_placed, date_placed_ceased,
                        reason_placed_ceased, source_file, source_row)
select :snapshot_id, child, a.date_int, a.date_match, a.foster_care, a.nb_adoptr, a.sex_adoptr,
       a.ls_adoptr, p.date_placed, p.date_placed_ceased, p.reason_placed_ceased,
       coalesce(a.source_file, p.source_file), coalesce(a.source_row, p.source_row)
  from stage_903_ad1 a
  full join stage_903_placed_adoption p using (child);

insert into {previous_permanence} (snapshot_id, child_id, prev_perm, la_perm, date_perm,
                                   source_file, source_row)
select :snapshot_id, child, prev_perm, la_perm, date_perm, source_file, source_row
  from stage_903_prev_perm;

insert into {missing_episode} (snapshot_id, missing_episode_id, child_id, missing, mis_start,
                               mis_end, source_file, source_row)
select :snapshot_id, child || '/' || to_char(mis_start, 'YYYY-MM-DD'), child, missing, mis_start,
       mis_end, source_file, source_row
  from stage_903_missing;

-- SWEpisodes and DoLo are checked but not loaded: an allocation needs the worker and the team,
-- which come from the workforce census or the SSD, and the snapshot has no table for
-- deprivation of liberty orders yet.
