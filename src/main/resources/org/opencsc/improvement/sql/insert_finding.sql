insert into inspection_finding (inspection_id, kind, finding_text, created_by, changed_by)
values (:inspection_id, :kind, :text, :by, :by)
returning finding_id
