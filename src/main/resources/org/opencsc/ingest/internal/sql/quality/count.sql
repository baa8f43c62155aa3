-- How many findings list.sql lists with no limit.
select count(*)
  from finding
