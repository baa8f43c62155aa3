package org.opencsc.testsupport;

import java.util.List;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in users for MockMvc requests ({@code .with(user(TestUsers.director()))}). */
public final class TestUsers {

  private TestUsers() {}

  public static OpenCscUser director() {
    UserAccount account =
        new UserAccount(
            "test-director",
            "{noop}unused",
            "Test Director",
            Roles.DIRECTOR,
            null,
            null,
            null,
            true);
    return new OpenCscUser(
        account, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.DIRECTOR)), false);
  }
}
