-- A new snapshot for the generator's council, built beside the served one.
insert into snapshot (as_at, source, status)
values (:as_at, :source, 'building')
returning snapshot_id
