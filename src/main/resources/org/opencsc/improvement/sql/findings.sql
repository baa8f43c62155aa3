-- Findings with their inspection: one inspection's (:inspection_id), one finding (:finding_id) or
-- all. Priority actions first (the most serious), then recommendations, areas for development and
-- strengths, each in the order they were added.
select f.finding_id, f.inspection_id, f.kind, f.finding_text,
       i.kind as inspection_kind, i.inspected_on, i.theme
  from inspection_finding f
  join inspection i on i.inspection_id = f.inspection_id
 where (cast(:inspection_id as bigint) is null or f.inspection_id = :inspection_id)
   and (cast(:finding_id as bigint) is null or f.finding_id = :finding_id)
 order by i.inspected_on desc, i.inspection_id desc,
          array_position(array['priority_action', 'recommendation', 'area_for_development',
                               'strength'], f.kind),
          f.finding_id
