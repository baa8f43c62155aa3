-- One switch of current_snapshot at a time (held until the transaction ends).
select pg_advisory_xact_lock(hashtext('opencsc.current_snapshot'))
