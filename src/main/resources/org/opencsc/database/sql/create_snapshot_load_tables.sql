-- Empty, unattached tables for a bulk load of one snapshot (V4__snapshot_partitions.sql): one row
-- per domain table with the name of the table to COPY into.
select table_name, load_table
  from create_snapshot_load_tables(:snapshot_id)
