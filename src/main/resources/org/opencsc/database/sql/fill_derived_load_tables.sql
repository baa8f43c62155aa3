-- The tables worked out from a bulk load's rows, written into their load tables before the attach
-- (V17__allocation_span.sql): which allocation each child's rows count for.
select fill_allocation_spans(
         quote_ident(snapshot_partition_name('allocation', :snapshot_id))::regclass,
         quote_ident(snapshot_partition_name('allocation_span', :snapshot_id))::regclass,
         :snapshot_id,
         null)
