select drop_snapshot_partitions(:snapshot_id)
