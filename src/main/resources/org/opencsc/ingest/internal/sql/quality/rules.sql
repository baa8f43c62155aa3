-- The rules of the findings, for the rule filter.
select distinct rule
  from finding
 order by rule
