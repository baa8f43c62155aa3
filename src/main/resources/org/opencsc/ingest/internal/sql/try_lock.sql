-- One refresh at a time across every application instance on this database: a session lock held
-- by the loading connection until the run ends (or its process dies).
select pg_try_advisory_lock(hashtext('opencsc.ingest'))
