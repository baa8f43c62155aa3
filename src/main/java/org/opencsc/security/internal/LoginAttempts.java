package org.opencsc.security.internal;

import java.util.Locale;
import org.opencsc.database.SqlFile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a login for {@value #LOCK_MINUTES} minutes after {@value #MAX_ATTEMPTS} wrong passwords in
 * a row, and clears the count on a successful sign-in. While locked, Spring Security refuses the
 * login before it checks the password, so attempts during the lock do not extend it.
 */
@Component
class LoginAttempts {

  static final int MAX_ATTEMPTS = 5;
  static final int LOCK_MINUTES = 15;

  private final JdbcClient jdbc;
  private final String recordFailure;
  private final String recordSuccess;

  LoginAttempts(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.recordFailure = SqlFile.load(LoginAttempts.class, "sql/record_failure.sql");
    this.recordSuccess = SqlFile.load(LoginAttempts.class, "sql/record_success.sql");
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    jdbc.sql(recordFailure)
        .param("username", username(event.getAuthentication().getName()))
        .param("max_attempts", MAX_ATTEMPTS)
        .param("lock_minutes", LOCK_MINUTES)
        .update();
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    jdbc.sql(recordSuccess)
        .param("username", username(event.getAuthentication().getName()))
        .update();
  }

  private static String username(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
