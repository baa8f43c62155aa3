-- Whether a refresh holds the refresh lock (see ../try_lock.sql) now, on any instance. Tries the
-- lock and, if it was free, gives it straight back, in one statement (one session).
select case when pg_try_advisory_lock(hashtext('opencsc.ingest'))
            then not pg_advisory_unlock(hashtext('opencsc.ingest'))
            else true end
