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
          .year(
              "2025-26",
              y ->
                  y.add(
                          new Rule103(),
                          new Rule142(),
                          new Rule231(),
                          new Rule232(),
                          new Rule233(),
                          new Rule234(),
                          new Rule301(),
                          new Rule302(),
                          new Rule303(),
                          new Rule304(),
                          new Rule331(),
                          new Rule333(),
                          new Rule334(),
                          new Rule335(),
                          new Rule336(),
                          new Rule344(),
                          new Rule345(),
                          new Rule347(),
                          new Rule348(),
                          new Rule351(),
                          new Rule352(),
                          new Rule353(),
                          new Rule354(),
                          new Rule355(),
                          new Rule356(),
                          new Rule357(),
                          new Rule358(),
                          new Rule359(),
                          new Rule361(),
                          new Rule362(),
                          new Rule363(),
                          new Rule364(),
                          new Rule365(),
                          new Rule366(),
                          new Rule367(),
                          new Rule371(),
                          new Rule372(),
                          new Rule373(),
                          new Rule374(),
                          new Rule375(),
                          new Rule376(),
                          new Rule377(),
                          new Rule378(),
                          new Rule379(),
                          new Rule380(),
                          new Rule381(),
                          new Rule382(),
                          new Rule383(),
                          new Rule384(),
                          new Rule385(),
                          new Rule386(),
                          new Rule387(),
                          new Rule388(),
                          new Rule389(),
                          new Rule390(),
                          new Rule391(),
                          new Rule392b(),
                          new Rule392d(),
                          new Rule393(),
                          new Rule398(),
                          new Rule399(),
                          new Rule407(),
                          new Rule408(),
                          new Rule426(),
                          new Rule431(),
                          new Rule432(),
                          new Rule433(),
                          new Rule434(),
                          new Rule435(),
                          new Rule436(),
                          new Rule437(),
                          new Rule440(),
                          new Rule441(),
                          new Rule442(),
                          new Rule444(),
                          new Rule446(),
                          new Rule460(),
                          new Rule501(),
                          new Rule502(),
                          new Rule503A(),
                          new Rule503B(),
                          new Rule503C(),
                          new Rule503D(),
                          new Rule503E(),
                          new Rule503F(),
                          new Rule504(),
                          new Rule511(),
                          new Rule514(),
                          new Rule516(),
                          new Rule517(),
                          new Rule518(),
                          new Rule519(),
                          new Rule520(),
                          new Rule521(),
                          new Rule1003(),
                          new Rule3001())
                      .notImplemented(
                          "392a",
                          "needs postcode data: the distance is worked out from the postcodes")
                      .notImplemented(
                          "392c",
                          "needs postcode data: postcodes are checked against the ONS directory")
                      .notImplemented(
                          "406",
                          "needs postcode data: the distance is worked out from the postcodes")
                      .notImplemented(
                          "411",
                          "needs postcode data: the placement location comes from its postcode")
                      .notImplemented(
                          "420",
                          "needs postcode data: the placement's LA is worked out from its postcode")
                      .notImplemented(
                          "452",
                          "needs postcode data: the placement's LA is worked out from its postcode")
                      .notImplemented(
                          "453",
                          "needs postcode data: the distance is worked out from the postcodes")
                      .notImplemented(
                          "454",
                          "needs postcode data: the distance is worked out from the postcodes")
                      .notImplemented(
                          "503G",
                          "needs postcode data: the distance is worked out from the postcodes")
                      .notImplemented(
                          "503H",
                          "needs postcode data: the placement's LA is worked out from its postcode")
                      .notImplemented(
                          "503J",
                          "needs postcode data: the placement location comes from its postcode"));

  private Ssda903Years() {}
}
