-- Serialises changes to one indicator's target until the transaction ends, so that the history
-- row's "old" values are the ones the change replaced.
select pg_advisory_xact_lock(hashtext('opencsc.indicator_target'), hashtext(:indicator))
