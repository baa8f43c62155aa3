package org.opencsc.security.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.web.ErrorItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The GOV.UK sign-in page: a button for each configured single sign-on provider, and the username
 * and password form; Spring Security handles the POST and the providers' redirects.
 */
@Controller
class LoginController {

  /** A single sign-on provider's button: its name and where it starts. */
  record SingleSignOn(String name, String href) {}

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(name = "error", required = false) @Nullable String error,
      @RequestParam(name = "logout", required = false) @Nullable String logout,
      Model model) {
    boolean failed = error != null && !"sso".equals(error);
    boolean ssoFailed = "sso".equals(error);
    model.addAttribute("failed", failed);
    model.addAttribute("ssoFailed", ssoFailed);
    model.addAttribute("signedOut", logout != null);
    model.addAttribute("singleSignOn", singleSignOn());
    List<ErrorItem> errors = new ArrayList<>();
    if (failed) {
      errors.add(new ErrorItem("login.error", "#username"));
    }
    if (ssoFailed) {
      errors.add(new ErrorItem("login.sso-error", "#single-sign-on"));
    }
    model.addAttribute("errors", errors);
    return "security/login";
  }

  private List<SingleSignOn> singleSignOn() {
    ClientRegistrationRepository repository = registrations.getIfAvailable();
    List<SingleSignOn> providers = new ArrayList<>();
    if (repository instanceof Iterable<?> all) {
      for (Object each : all) {
        if (each instanceof ClientRegistration registration) {
          providers.add(
              new SingleSignOn(
                  registration.getClientName(),
                  "/oauth2/authorization/" + registration.getRegistrationId()));
        }
      }
    }
    return providers;
  }
}
