package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child whose episode ended because they died (REC = E2), this year or — when last year's return
 * is supplied — last year, cannot have a care leaver (OC3) record.
 */
@DfeRule(
    code = "1000",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "REC"},
    advice =
        "Remove the care leaver record of a child who died in care, or correct the reason the"
            + " episode ended if it was not E2.")
final class Rule1000 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc3().isEmpty()) {
      return;
    }
    List<Ssda903Row> died = new ArrayList<>();
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is("REC", "E2")) {
        died.add(episode);
      }
    }
    child
        .lastYear()
        .ifPresent(
            last -> {
              for (Ssda903Row episode : last.episodes()) {
                if (episode.is("REC", "E2")) {
                  died.add(episode);
                }
              }
            });
    if (died.isEmpty()) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      out.flag(oc3, CareLeaver.FIELDS).related(died.get(0), "REC");
    }
  }
}
