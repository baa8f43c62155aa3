package org.opencsc.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.opencsc.database.SqlFile;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds a login in {@code app_user} for Spring Security's sign-in. */
@Component
class JdbcUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;
  private final String findUser;

  JdbcUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.findUser = SqlFile.load(JdbcUserDetailsService.class, "sql/find_user.sql");
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(findUser)
        .param("username", username.strip().toLowerCase(Locale.ROOT))
        .query(JdbcUserDetailsService::user)
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("No such login"));
  }

  private static OpenCscUser user(ResultSet rs, int row) throws SQLException {
    UserAccount account =
        new UserAccount(
            rs.getString("username"),
            rs.getString("password_hash"),
            rs.getString("display_name"),
            rs.getString("role"),
            rs.getString("worker_id"),
            rs.getString("team_id"),
            rs.getString("service_area_id"),
            rs.getBoolean("enabled"));
    return new OpenCscUser(
        account,
        List.of(new SimpleGrantedAuthority("ROLE_" + account.role())),
        rs.getBoolean("locked"));
  }
}
