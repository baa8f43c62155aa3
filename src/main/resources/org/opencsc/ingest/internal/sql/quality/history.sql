-- How many of the findings are new since the previous loaded run and how many it found too (the
-- page's filters apply, except since).
select count(*) filter (where is_new)     as new_findings,
       count(*) filter (where not is_new) as still_open
  from finding
