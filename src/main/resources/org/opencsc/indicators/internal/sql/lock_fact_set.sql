-- One computation of a fact set at a time, across application instances.
select pg_advisory_xact_lock(hashtext('opencsc.indicator_fact_set'))
