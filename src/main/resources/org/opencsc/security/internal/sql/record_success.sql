-- A successful sign-in ends the run of wrong passwords.
update app_user
   set failed_attempts = 0,
       locked_until = null
 where username = :username
   and (failed_attempts <> 0 or locked_until is not null)
