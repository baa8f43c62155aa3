-- The run's temporary staging tables. Autovacuum never analyses temporary tables, so the run does,
-- once they are filled, or the transforms are planned for empty tables.
select relname from pg_class where relnamespace = pg_my_temp_schema() and relkind = 'r' order by relname
