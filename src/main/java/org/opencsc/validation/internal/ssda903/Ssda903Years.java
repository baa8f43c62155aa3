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
                          new Rule1000(),
                          new Rule1001(),
                          new Rule1002(),
                          new Rule1003(),
                          new Rule1004(),
                          new Rule1005(),
                          new Rule1006(),
                          new Rule1007(),
                          new Rule1009(),
                          new Rule101(),
                          new Rule1010(),
                          new Rule1011(),
                          new Rule1012(),
                          new Rule1014(),
                          new Rule1016(),
                          new Rule102(),
                          new Rule103(),
                          new Rule104(),
                          new Rule112(),
                          new Rule113(),
                          new Rule114(),
                          new Rule115(),
                          new Rule116(),
                          new Rule117(),
                          new Rule118(),
                          new Rule119(),
                          new Rule120(),
                          new Rule131(),
                          new Rule132(),
                          new Rule133(),
                          new Rule134(),
                          new Rule141(),
                          new Rule142(),
                          new Rule143(),
                          new Rule144(),
                          new Rule145(),
                          new Rule146(),
                          new Rule147(),
                          new Rule148(),
                          new Rule149(),
                          new Rule151(),
                          new Rule153(),
                          new Rule157(),
                          new Rule158(),
                          new Rule159(),
                          new Rule165(),
                          new Rule166(),
                          new Rule167(),
                          new Rule168(),
                          new Rule171(),
                          new Rule174(),
                          new Rule175(),
                          new Rule176(),
                          new Rule177(),
                          new Rule178(),
                          new Rule180(),
                          new Rule181(),
                          new Rule182(),
                          new Rule184(),
                          new Rule185(),
                          new Rule186(),
                          new Rule187(),
                          new Rule188(),
                          new Rule189(),
                          new Rule190(),
                          new Rule191(),
                          new Rule192(),
                          new Rule193(),
                          new Rule196(),
                          new Rule197B(),
                          new Rule197a(),
                          new Rule198(),
                          new Rule199(),
                          new Rule202(),
                          new Rule203(),
                          new Rule204(),
                          new Rule205A(),
                          new Rule205B(),
                          new Rule205D(),
                          new Rule207(),
                          new Rule208(),
                          new Rule209(),
                          new Rule210(),
                          new Rule213(),
                          new Rule214(),
                          new Rule215(),
                          new Rule217(),
                          new Rule222(),
                          new Rule225(),
                          new Rule226())
                      .notImplemented(
                          "1008",
                          "needs Ofsted's provider lists (URNs), which OpenCSC does not load yet")
                      .notImplemented(
                          "1015",
                          "needs the placement's local authority (PL_LA), which the DfE derives from the placement postcode; OpenCSC has no postcode data yet")
                      .notImplemented(
                          "105",
                          "the UASC flag on the Header is only in the XML return; OpenCSC reads the CSV tables, where the UASC table takes its place")
                      .notImplemented(
                          "164",
                          "needs the distance from home to placement, which the DfE derives from the postcodes; OpenCSC has no postcode data yet")
                      .notImplemented(
                          "169",
                          "needs the placement's local authority (PL_LA), which the DfE derives from the placement postcode; OpenCSC has no postcode data yet")
                      .notImplemented(
                          "179",
                          "needs the placement location (PL_LOCATION, in or out of the authority), which the DfE derives from the placement postcode; OpenCSC has no postcode data yet")
                      .notImplemented(
                          "205C",
                          "in the CSV return a child's UASC status is their UASC record itself: a date UASC ceased cannot be recorded for a child not identified as UASC (the DfE's check reads the XML return's Header flag)")
                      .notImplemented(
                          "218",
                          "exempts placements outside England by their local authority (PL_LA), which the DfE derives from the placement postcode; OpenCSC has no postcode data yet")
                      .notImplemented(
                          "219",
                          "needs Ofsted's provider lists (URNs and their provision types), which OpenCSC does not load yet")
                      .notImplemented(
                          "221",
                          "needs Ofsted's provider lists (URNs and their postcodes), which OpenCSC does not load yet")
                      .notImplemented(
                          "224",
                          "needs Ofsted's provider lists (URNs and their provider types), which OpenCSC does not load yet")
                      .notImplemented(
                          "227",
                          "needs Ofsted's provider lists (URNs and their registration dates), which OpenCSC does not load yet")
                      .notImplemented(
                          "228",
                          "needs Ofsted's provider lists (URNs and their closure dates), which OpenCSC does not load yet")
                      .notImplemented(
                          "229",
                          "needs Ofsted's provider lists (the provider's local authority) and the placing authority's own code, which OpenCSC does not load yet"));

  private Ssda903Years() {}
}
