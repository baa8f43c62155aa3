-- Checks the snapshot's loaded tables (overlaps, keys, foreign keys) and attaches them as its
-- partitions; raises on the first broken rule.
select attach_snapshot_load_tables(:snapshot_id)
