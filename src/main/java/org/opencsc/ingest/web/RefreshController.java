package org.opencsc.ingest.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Refresh now" on the load history: an administrator starts an import of the drop folder, which
 * runs in the background ({@link BackgroundRefresh}); the history then says whether it started.
 */
@Controller
@PreAuthorize(LoadHistoryAccess.MAY_REFRESH)
class RefreshController {

  private final BackgroundRefresh refresh;

  RefreshController(BackgroundRefresh refresh) {
    this.refresh = refresh;
  }

  @PostMapping("/loads")
  String refresh(Authentication user, RedirectAttributes redirect) {
    BackgroundRefresh.Start start = refresh.start(user.getName());
    redirect.addFlashAttribute("refresh", start.messageKey());
    return "redirect:/loads";
  }
}
