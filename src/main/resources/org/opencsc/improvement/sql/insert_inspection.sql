insert into inspection (kind, inspected_on, theme, judgement, letter_url, created_by, changed_by)
values (:kind, :inspected_on, :theme, :judgement, :letter_url, :by, :by)
returning inspection_id
