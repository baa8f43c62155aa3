package org.opencsc.security.internal;

import java.util.Map;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A login signed in through single sign-on: the OpenCSC login it maps to (role, scope, name), with
 * the provider's ID token beside it. Pages and queries see an {@link OpenCscUser} either way.
 */
final class OpenCscOidcUser extends OpenCscUser implements OidcUser {

  private static final long serialVersionUID = 1L;

  private final OidcUser oidc;

  OpenCscOidcUser(
      UserAccount account,
      java.util.Collection<? extends GrantedAuthority> authorities,
      OidcUser oidc) {
    super(account, authorities, false);
    this.oidc = oidc;
  }

  @Override
  public Map<String, Object> getClaims() {
    return oidc.getClaims();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return oidc.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return oidc.getIdToken();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return oidc.getAttributes();
  }

  @Override
  public String getName() {
    return getUsername();
  }
}
