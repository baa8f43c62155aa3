package org.opencsc.testsupport;

import java.util.List;
import java.util.Locale;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in users for MockMvc requests ({@code .with(user(TestUsers.director()))}). */
public final class TestUsers {

  private TestUsers() {}

  public static OpenCscUser director() {
    return withRole(Roles.DIRECTOR);
  }

  /**
   * A user of the role (one of {@link Roles}), tied to no team: login {@code test-team-manager},
   * name "Test Team Manager".
   */
  public static OpenCscUser withRole(String role) {
    String[] words = role.toLowerCase(Locale.ROOT).split("_");
    StringBuilder displayName = new StringBuilder("Test");
    for (String word : words) {
      displayName
          .append(' ')
          .append(Character.toUpperCase(word.charAt(0)))
          .append(word, 1, word.length());
    }
    UserAccount account =
        new UserAccount(
            "test-" + String.join("-", words),
            "{noop}unused",
            displayName.toString(),
            role,
            null,
            null,
            null,
            true);
    return new OpenCscUser(account, List.of(new SimpleGrantedAuthority("ROLE_" + role)), false);
  }
}
