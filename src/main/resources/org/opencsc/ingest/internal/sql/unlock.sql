select pg_advisory_unlock(hashtext('opencsc.ingest'))
