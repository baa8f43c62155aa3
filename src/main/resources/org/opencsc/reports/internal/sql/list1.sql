-- List 1, contacts: every contact made in the period.
select child_id, contact_date, contact_source
  from contact
 where snapshot_id = :snapshot_id
   and contact_date between :from and :as_at
