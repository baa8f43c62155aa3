insert into access_log (username, role, action, child_id, list, row_count, path)
values (:username, :role, :action, :child_id, :list, :row_count, :path)
