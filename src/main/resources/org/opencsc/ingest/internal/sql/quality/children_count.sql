-- How many children children.sql lists with no limit.
select count(*)
  from listed
