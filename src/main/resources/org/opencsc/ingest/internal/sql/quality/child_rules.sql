-- The rules of the findings about a child (not a whole file, not a row naming no child), for the
-- children list's rule filter.
select distinct rule
  from finding
 where child_id is not null
 order by rule
