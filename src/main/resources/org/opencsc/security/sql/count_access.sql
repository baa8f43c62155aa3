-- How many access log entries match an administrator's search (as search_access.sql).
select count(*)
  from access_log
 where (cast(:username as text) is null or username = :username)
   and (cast(:child_id as text) is null or child_id = :child_id)
   and (cast(:action as text) is null or action = :action)
   and (cast(:from as date) is null or at >= cast(:from as date))
   and (cast(:to as date) is null or at < cast(:to as date) + 1)
