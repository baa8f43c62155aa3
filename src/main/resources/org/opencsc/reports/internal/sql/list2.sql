-- List 2, early help: every early help episode open at some time in the period; an end after the
-- as-at date is not known on it and is left blank.
select child_id,
       start_date,
       case when end_date <= :as_at then end_date end,
       organisation
  from early_help_episode
 where snapshot_id = :snapshot_id
   and start_date <= :as_at and (end_date is null or end_date >= :from)
