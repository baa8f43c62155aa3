-- The findings counted by rule and severity: errors first, then queries, then whole files; the
-- commonest rule first within each (as the load history counts a run's), and the children they
-- name (0 when none names a child).
select rule, severity, count(*) as findings, count(distinct child_id) as children
  from finding
 group by rule, severity
 order by case severity when 'error' then 1 when 'query' then 2 else 3 end, count(*) desc, rule
