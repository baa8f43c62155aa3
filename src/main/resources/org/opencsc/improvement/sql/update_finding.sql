update inspection_finding
   set kind = :kind, finding_text = :text, changed_by = :by, changed_at = now()
 where finding_id = :finding_id
