-- List 10, adoption: every child with a decision that they should be placed for adoption by the
-- as-at date, unless the adoption ended (an adoption order, or a decision that they should no
-- longer be placed) before the period. The adoption order is the day an episode of care ceased
-- with reason E11 or E12; the placement order the start of the first episode with legal status
-- E1; the child entered care on the start of the last period of care (RNE S) begun by the
-- decision. The decision's date is SSDA903 AD1's DATE_INT, for a child not yet adopted the
-- PlacedAdoption row's DATE_PLACED (the same decision: the return gives AD1 only in the year of the
-- adoption). Dates after the as-at date are not known on it and are left blank. The family
-- identifier and fostering for adoption are not in the snapshot and are left blank.
select a.child_id,
       null::text,
       (select max(e.decom) from episode_of_care e
         where e.snapshot_id = a.snapshot_id and e.child_id = a.child_id
           and e.decom <= k.decided and e.rne = 'S'),
       k.decided,
       case when p.placement_order <= :as_at then p.placement_order end,
       case when a.date_match <= :as_at then a.date_match end,
       case when a.date_placed <= :as_at then a.date_placed end,
       case when o.adoption_order <= :as_at then o.adoption_order end,
       case when a.date_placed_ceased <= :as_at then a.date_placed_ceased end,
       case when a.date_placed_ceased <= :as_at then a.reason_placed_ceased end,
       null::date
  from adoption a
  cross join lateral (select coalesce(a.date_int, a.date_placed) as decided) k
  cross join lateral (
    select (select e.dec from episode_of_care e
             where e.snapshot_id = a.snapshot_id and e.child_id = a.child_id
               and e.rec in ('E11', 'E12') and e.dec is not null
             order by e.decom
             limit 1) as adoption_order) o
  cross join lateral (
    select (select min(e.decom) from episode_of_care e
             where e.snapshot_id = a.snapshot_id and e.child_id = a.child_id
               and e.ls = 'E1') as placement_order) p
 where a.snapshot_id = :snapshot_id
   and k.decided <= :as_at
   and coalesce(a.date_placed_ceased, o.adoption_order, :from) >= :from
