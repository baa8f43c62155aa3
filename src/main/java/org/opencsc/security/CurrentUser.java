package org.opencsc.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in login of the request being served, and its {@link Scope}. */
@Component
public class CurrentUser {

  /** The signed-in OpenCSC login, or empty when there is none (a job, a test without one). */
  public Optional<OpenCscUser> user() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof OpenCscUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** What the login may see; nobody signed in sees no child. */
  public Scope scope() {
    return user().map(Scope::of).orElse(Scope.NONE);
  }
}
