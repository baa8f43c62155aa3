-- How many different workers held the child's case in the 12 months to the snapshot's date, by the
-- rule of the indicator children_with_3_or_more_social_workers
-- (org/opencsc/indicators/definitions/children_with_3_or_more_social_workers.sql): the months run
-- from the day after the date a year before as_at to as_at (1 April to 31 March for 31 March); an
-- allocation counts if it covered a day of them (it runs from start_date to the day before
-- end_date, so one that ended on the first day does not count, nor one that started and ended the
-- same day); a worker counts once however often they held the case. The changes of social worker
-- are this count less one.
select count(distinct a.worker_id)::int
  from allocation a
 where a.snapshot_id = :snapshot_id
   and a.child_id = :child_id
   and a.start_date <= :as_at
   and (a.end_date is null
        or (a.end_date > (cast(:as_at as date) - interval '1 year' + interval '1 day')::date
            and a.end_date > a.start_date))
   and (:scope_kind = 'all'
        or a.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
