-- The login a sign-in names, and whether it is locked now (by the database's clock).
select username, password_hash, display_name, role, worker_id, team_id, service_area_id, enabled,
       coalesce(locked_until > now(), false) as locked
  from app_user
 where username = :username
