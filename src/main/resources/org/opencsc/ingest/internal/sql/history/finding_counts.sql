-- A run's findings counted by rule and severity: errors first, then queries, then whole files;
-- the commonest rule first within each.
select rule, severity, count(*) as findings
  from ingest_finding
 where run_id = :run_id
 group by rule, severity
 order by case severity when 'error' then 1 when 'query' then 2 else 3 end, count(*) desc, rule
