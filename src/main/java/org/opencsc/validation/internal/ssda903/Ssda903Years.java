package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.ReturnType;
import org.opencsc.validation.RuleYears;
import org.opencsc.validation.ssda903.LookedAfterChild;

/**
 * The SSDA903 rules year by year, as the DfE publishes them: 2025-26 lists every rule in force (the
 * DfE's 311), each later year only what it adds, amends (a new class with the same code) or
 * deletes. A rule of the DfE's list with no class here is listed under {@code notImplemented} with
 * the reason, and docs/validation-rules.md says so.
 */
public final class Ssda903Years {

  public static final RuleYears<LookedAfterChild> YEARS =
      RuleYears.<LookedAfterChild>of(ReturnType.SSDA903)
          .year("2025-26", y -> y.add(new Rule103(), new Rule142(), new Rule1003()));

  private Ssda903Years() {}
}
