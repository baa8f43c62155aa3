-- The findings counted by team (then the unallocated children's, then those with no child), by
-- severity, and the children they name (the children list under the same filters and the team).
select team_key, team_name,
       count(*) filter (where severity = 'error') as errors,
       count(*) filter (where severity = 'query') as queries,
       count(*) filter (where severity = 'file')  as files,
       count(*)                                   as total,
       count(distinct child_id)                   as children
  from finding
 group by team_key, team_name
 order by case team_key when '_unallocated' then 2 when '_none' then 3 else 1 end,
          team_name, team_key
