package org.opencsc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a login lands after signing in, unless it was on its way to another page: a social worker
 * on "My work", a team manager on their team's work, everybody else on the overview.
 */
final class LandingPages extends SavedRequestAwareAuthenticationSuccessHandler {

  LandingPages() {
    setDefaultTargetUrl("/");
  }

  @Override
  protected String determineTargetUrl(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication.getPrincipal() instanceof OpenCscUser user) {
      return landing(user);
    }
    return super.determineTargetUrl(request, response, authentication);
  }

  static String landing(OpenCscUser user) {
    return switch (user.getRole()) {
      case Roles.SOCIAL_WORKER -> "/my-work";
      case Roles.TEAM_MANAGER ->
          user.getTeamId() == null
              ? "/my-work"
              : "/teams/" + URLEncoder.encode(user.getTeamId(), StandardCharsets.UTF_8) + "/work";
      default -> "/";
    };
  }
}
