insert into snapshot (as_at, source, status)
values (:as_at, :source, 'building')
returning snapshot_id
