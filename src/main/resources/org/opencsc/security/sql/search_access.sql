-- The access log entries that match an administrator's search, newest first.
select access_id, at, username, role, action, child_id, list, row_count, path
  from access_log
 where (cast(:username as text) is null or username = :username)
   and (cast(:child_id as text) is null or child_id = :child_id)
   and (cast(:action as text) is null or action = :action)
   and (cast(:from as date) is null or at >= cast(:from as date))
   and (cast(:to as date) is null or at < cast(:to as date) + 1)
 order by at desc, access_id desc
offset :offset limit :limit
