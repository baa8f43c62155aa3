-- One Annex A list's rows with the child's columns in front. The list's query (sql/list<n>.sql:
-- its first column child_id, then the list's own columns in the template's order) takes the
-- place of the marker in the from clause. The child's columns are the template's first five and the disability column
-- (lists 4-10): the date of birth (the expected one for an unborn child), the age in whole years
-- on the as-at date (blank for an unborn child), and whether any disability other than NONE is
-- recorded. Rows come in child order, then by the list's first column (its date).
select c.child_id,
       c.sex,
       c.ethnicity,
       coalesce(c.person_birth_date, c.expected_person_birth_date) as date_of_birth,
       case when c.person_birth_date <= :as_at
            then extract(year from age(:as_at::date, c.person_birth_date))::int end as age,
       exists (select 1
                 from child_disability d
                where d.snapshot_id = c.snapshot_id and d.child_id = c.child_id
                  and d.disability <> 'NONE') as disabled,
       l.*
  from (/*list*/) l
  join child c on c.snapshot_id = :snapshot_id and c.child_id = l.child_id
 order by 1, 8
