package org.opencsc.validation.internal.cin;

import org.opencsc.validation.ReturnType;
import org.opencsc.validation.RuleYears;
import org.opencsc.validation.cin.CinChild;

/**
 * The CIN census rules year by year, as the DfE publishes them: 2025-26 lists every rule in force
 * (the DfE's 109: 83 errors, 26 queries), each later year only what it adds, amends (a new class
 * with the same code) or deletes. A rule of the DfE's list with no class here is listed under
 * {@code notImplemented} with the reason, and docs/validation-rules.md says so.
 */
public final class CinYears {

  public static final RuleYears<CinChild> YEARS =
      RuleYears.<CinChild>of(ReturnType.CIN)
          .year(
              "2025-26",
              y ->
                  y.add(new Rule1103())
                      .add(new Rule8614())
                      .add(new Rule8615())
                      .add(new Rule8620())
                      .add(new Rule8630())
                      .add(new Rule8640())
                      .add(new Rule8650())
                      .add(new Rule8670Q())
                      .add(new Rule8675Q())
                      .add(new Rule8696())
                      .add(new Rule8715())
                      .add(new Rule8720())
                      .add(new Rule8730())
                      .add(new Rule8736())
                      .add(new Rule8740())
                      .add(new Rule8750())
                      .add(new Rule8770Q())
                      .add(new Rule8772())
                      .add(new Rule8775Q())
                      .add(new Rule8790())
                      .add(new Rule8794())
                      .add(new Rule8805())
                      .add(new Rule8810())
                      .add(new Rule8815())
                      .add(new Rule8816())
                      .add(new Rule8820())
                      .add(new Rule8825Q())
                      .add(new Rule8831())
                      .add(new Rule8832())
                      .add(new Rule8839())
                      .add(new Rule8840())
                      .add(new Rule8841())
                      .add(new Rule8842Q())
                      .add(new Rule8863Q())
                      .add(new Rule8866())
                      .add(new Rule8867())
                      .add(new Rule8868())
                      .add(new Rule8869())
                      .add(new Rule8870Q())
                      .add(new Rule8873Q())
                      .add(new Rule8875())
                      .add(new Rule8890())
                      .add(new Rule8896())
                      .add(new Rule8897Q())
                      .add(new Rule8898())
                      .add(new Rule8905())
                      .add(new Rule8910())
                      .add(new Rule8915())
                      .add(new Rule8920())
                      .add(new Rule8925())
                      .add(new Rule8930())
                      .add(new Rule8935())
                      .add(new Rule8940())
                      .add(new Rule8945Q())
                      .add(new Rule8950Q()));

  private CinYears() {}
}
