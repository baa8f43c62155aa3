-- The enabled logins, by name shown (no password hash, no lock state).
select username, display_name, role
  from app_user
 where enabled
 order by display_name, username
