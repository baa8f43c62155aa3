-- The findings counted by rule and severity: errors first, then queries, then whole files; the
-- commonest rule first within each (as the load history counts a run's).
select rule, severity, count(*) as findings
  from finding
 group by rule, severity
 order by case severity when 'error' then 1 when 'query' then 2 else 3 end, count(*) desc, rule
