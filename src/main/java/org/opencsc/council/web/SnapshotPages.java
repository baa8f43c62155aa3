package org.opencsc.council.web;

import java.util.function.Function;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.springframework.ui.Model;

/**
 * Renders a council page from the served snapshot, or the "no data yet" page when there is none.
 */
final class SnapshotPages {

  static final String NO_SNAPSHOT = "council/no-snapshot";

  private SnapshotPages() {}

  static String render(
      CouncilStructureService council, Model model, Function<ServedSnapshot, String> page) {
    return council
        .servedSnapshot()
        .map(
            snapshot -> {
              model.addAttribute("asAt", snapshot.asAt());
              return page.apply(snapshot);
            })
        .orElse(NO_SNAPSHOT);
  }
}
