-- One more wrong password. The count restarts after a lock has run out; reaching :max_attempts
-- locks the login for :lock_minutes.
update app_user u
   set failed_attempts = n.attempts,
       locked_until = case when n.attempts >= :max_attempts
                           then now() + make_interval(mins => :lock_minutes)
                      end
  from (select username,
               case when locked_until <= now() then 1 else failed_attempts + 1 end as attempts
          from app_user
         where username = :username) n
 where u.username = n.username
