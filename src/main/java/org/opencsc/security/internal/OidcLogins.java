package org.opencsc.security.internal;

import java.util.Locale;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on admits only people who have an OpenCSC login: the provider says who they are (the
 * claim {@code opencsc.security.oidc.username-claim}, by default {@code preferred_username}, which
 * is the user principal name in Microsoft Entra ID), and the login of that username (lower case) in
 * {@code app_user} gives their role and scope. Nobody gets a role from the provider; a disabled or
 * locked login is refused as it is at the sign-in form.
 */
@Component
class OidcLogins implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final JdbcUserDetailsService logins;
  private final String usernameClaim;
  private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

  @Autowired
  OidcLogins(
      JdbcUserDetailsService logins,
      @Value("${opencsc.security.oidc.username-claim:preferred_username}") String usernameClaim) {
    this(logins, usernameClaim, new OidcUserService());
  }

  OidcLogins(
      JdbcUserDetailsService logins,
      String usernameClaim,
      OAuth2UserService<OidcUserRequest, OidcUser> provider) {
    this.logins = logins;
    this.usernameClaim = usernameClaim;
    this.provider = provider;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidc = provider.loadUser(request);
    Object claim = oidc.getClaims().get(usernameClaim);
    if (!(claim instanceof String name) || name.isBlank()) {
      throw refused("no_username", "the provider did not send the claim " + usernameClaim);
    }
    OpenCscUser login;
    try {
      login = (OpenCscUser) logins.loadUserByUsername(name.strip().toLowerCase(Locale.ROOT));
    } catch (UsernameNotFoundException e) {
      throw refused("no_login", "no OpenCSC login for this account");
    }
    if (!login.isEnabled() || !login.isAccountNonLocked()) {
      throw refused("login_disabled", "the OpenCSC login is switched off or locked");
    }
    // the password hash stays in the database: a single sign-on login never has one in memory
    UserAccount account =
        new UserAccount(
            login.getUsername(),
            "",
            login.getDisplayName(),
            login.getRole(),
            login.getWorkerId(),
            login.getTeamId(),
            login.getServiceAreaId(),
            true);
    return new OpenCscOidcUser(account, login.getAuthorities(), oidc);
  }

  private static OAuth2AuthenticationException refused(String code, String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
  }
}
