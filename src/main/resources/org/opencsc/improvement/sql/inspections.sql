-- The inspections (one when :id is given), the latest first, with how many findings each has.
select i.inspection_id, i.kind, i.inspected_on, i.theme, i.judgement, i.letter_url,
       i.changed_by, i.changed_at,
       (select count(*) from inspection_finding f where f.inspection_id = i.inspection_id) as findings
  from inspection i
 where cast(:id as bigint) is null or i.inspection_id = :id
 order by i.inspected_on desc, i.inspection_id desc
