package org.opencsc.security;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and updates OpenCSC logins (the demo set-up and, later, administration use it). */
@Service
public class UserAccounts {

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final String upsert;
  private final String count;
  private final String logins;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.upsert = SqlFile.load(UserAccounts.class, "sql/upsert_user.sql");
    this.count = SqlFile.load(UserAccounts.class, "sql/count_users.sql");
    this.logins = SqlFile.load(UserAccounts.class, "sql/logins.sql");
  }

  /**
   * Creates the login {@code username} or replaces its password, name, role and scope; either way
   * it ends enabled and unlocked. The username is stored trimmed and in lower case.
   *
   * @param role one of {@link Roles}
   * @param workerId the worker this login is (social workers, team managers), or null
   * @param teamId the team it is scoped to, or null
   * @param serviceAreaId the service area it is scoped to, or null
   */
  @Transactional
  public void createOrUpdate(
      String username,
      String rawPassword,
      String displayName,
      String role,
      @Nullable String workerId,
      @Nullable String teamId,
      @Nullable String serviceAreaId) {
    Objects.requireNonNull(rawPassword, "rawPassword");
    if (!Roles.ALL.contains(role)) {
      throw new IllegalArgumentException("Unknown role " + role + "; expected one of " + Roles.ALL);
    }
    if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    Map<String, @Nullable Object> params = new HashMap<>();
    params.put("username", username.strip().toLowerCase(Locale.ROOT));
    params.put("password_hash", passwordEncoder.encode(rawPassword));
    params.put("display_name", displayName.strip());
    params.put("role", role);
    params.put("worker_id", workerId);
    params.put("team_id", teamId);
    params.put("service_area_id", serviceAreaId);
    jdbc.sql(upsert).params(params).update();
  }

  /** How many logins exist. */
  public long count() {
    return jdbc.sql(count).query(Long.class).single();
  }

  /** Every enabled login, by display name: who can be given work (an action, an audit). */
  @Transactional(readOnly = true)
  public List<Login> logins() {
    return jdbc.sql(logins)
        .query(
            (rs, n) ->
                new Login(
                    rs.getString("username"), rs.getString("display_name"), rs.getString("role")))
        .list();
  }
}
