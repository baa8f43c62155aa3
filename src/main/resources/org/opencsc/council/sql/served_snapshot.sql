-- The snapshot pages read, and the date its data describes.
select s.snapshot_id, s.as_at
  from current_snapshot c
  join snapshot s on s.snapshot_id = c.snapshot_id
