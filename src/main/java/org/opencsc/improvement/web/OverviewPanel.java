package org.opencsc.improvement.web;

import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.web.PagePanel;
import org.springframework.stereotype.Component;

/**
 * The overview's panel of the plan's actions overdue or at risk. Contributed through {@link
 * PagePanel} rather than called by the overview: the indicators module cannot depend on this one,
 * which depends on it (an action's indicators and their impact).
 */
@Component
class OverviewPanel implements PagePanel {

  private final ImprovementPlan plan;

  OverviewPanel(ImprovementPlan plan) {
    this.plan = plan;
  }

  @Override
  public String page() {
    return "overview";
  }

  @Override
  public @Nullable Shown show() {
    return new Shown("improvement/panels", "overview", plan.needingAttention());
  }
}
