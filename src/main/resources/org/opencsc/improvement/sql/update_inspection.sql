update inspection
   set kind = :kind, inspected_on = :inspected_on, theme = :theme, judgement = :judgement,
       letter_url = :letter_url, changed_by = :by, changed_at = now()
 where inspection_id = :id
