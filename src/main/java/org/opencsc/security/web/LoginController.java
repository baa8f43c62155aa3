package org.opencsc.security.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.web.ErrorItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The GOV.UK sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(name = "error", required = false) @Nullable String error,
      @RequestParam(name = "logout", required = false) @Nullable String logout,
      Model model) {
    boolean failed = error != null;
    model.addAttribute("failed", failed);
    model.addAttribute("signedOut", logout != null);
    model.addAttribute(
        "errors", failed ? List.of(new ErrorItem("login.error", "#username")) : List.of());
    return "security/login";
  }
}
