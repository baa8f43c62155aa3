-- Creates a login or replaces everything about it but its creation time; a fresh password also
-- clears a lockout.
insert into app_user (username, password_hash, display_name, role, worker_id, team_id,
                      service_area_id, enabled, failed_attempts, locked_until)
values (:username, :password_hash, :display_name, :role, :worker_id, :team_id,
        :service_area_id, true, 0, null)
on conflict (username) do update
   set password_hash = excluded.password_hash,
       display_name = excluded.display_name,
       role = excluded.role,
       worker_id = excluded.worker_id,
       team_id = excluded.team_id,
       service_area_id = excluded.service_area_id,
       enabled = true,
       failed_attempts = 0,
       locked_until = null
