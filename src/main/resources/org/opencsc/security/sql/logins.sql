-- Every enabled login, by name: who can be given work (an improvement action, a case audit).
select username, display_name, role
  from app_user
 where enabled
 order by display_name, username
