-- The tables worked out from a bulk load's rows, written into their load tables before the attach
-- (V26__allocation_timeline.sql): which allocation each child's rows count for (allocation_span,
-- V17) and the same spans as one row of arrays per child (allocation_timeline).
select fill_derived_load_tables(:snapshot_id)
