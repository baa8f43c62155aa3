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
              y -> {
                y.add(new Rule1000());
                y.add(new Rule1001());
                y.add(new Rule1002());
                y.add(new Rule1003());
                y.add(new Rule1004());
                y.add(new Rule1005());
                y.add(new Rule1006());
                y.add(new Rule1007());
                y.add(new Rule1009());
                y.add(new Rule101());
                y.add(new Rule1010());
                y.add(new Rule1011());
                y.add(new Rule1012());
                y.add(new Rule1014());
                y.add(new Rule1016());
                y.add(new Rule102());
                y.add(new Rule103());
                y.add(new Rule104());
                y.add(new Rule112());
                y.add(new Rule113());
                y.add(new Rule114());
                y.add(new Rule115());
                y.add(new Rule116());
                y.add(new Rule117());
                y.add(new Rule118());
                y.add(new Rule119());
                y.add(new Rule120());
                y.add(new Rule131());
                y.add(new Rule132());
                y.add(new Rule133());
                y.add(new Rule134());
                y.add(new Rule141());
                y.add(new Rule142());
                y.add(new Rule143());
                y.add(new Rule144());
                y.add(new Rule145());
                y.add(new Rule146());
                y.add(new Rule147());
                y.add(new Rule148());
                y.add(new Rule149());
                y.add(new Rule151());
                y.add(new Rule153());
                y.add(new Rule157());
                y.add(new Rule158());
                y.add(new Rule159());
                y.add(new Rule165());
                y.add(new Rule166());
                y.add(new Rule167());
                y.add(new Rule168());
                y.add(new Rule171());
                y.add(new Rule174());
                y.add(new Rule175());
                y.add(new Rule176());
                y.add(new Rule177());
                y.add(new Rule178());
                y.add(new Rule180());
                y.add(new Rule181());
                y.add(new Rule182());
                y.add(new Rule184());
                y.add(new Rule185());
                y.add(new Rule186());
                y.add(new Rule187());
                y.add(new Rule188());
                y.add(new Rule189());
                y.add(new Rule190());
                y.add(new Rule191());
                y.add(new Rule192());
                y.add(new Rule193());
                y.add(new Rule196());
                y.add(new Rule197B());
                y.add(new Rule197a());
                y.add(new Rule198());
                y.add(new Rule199());
                y.add(new Rule202());
                y.add(new Rule203());
                y.add(new Rule204());
                y.add(new Rule205A());
                y.add(new Rule205B());
                y.add(new Rule205D());
                y.add(new Rule207());
                y.add(new Rule208());
                y.add(new Rule209());
                y.add(new Rule210());
                y.add(new Rule213());
                y.add(new Rule214());
                y.add(new Rule215());
                y.add(new Rule217());
                y.add(new Rule222());
                y.add(new Rule225());
                y.add(new Rule226());
                y.add(new Rule231());
                y.add(new Rule232());
                y.add(new Rule233());
                y.add(new Rule234());
                y.add(new Rule3001());
                y.add(new Rule301());
                y.add(new Rule302());
                y.add(new Rule303());
                y.add(new Rule304());
                y.add(new Rule331());
                y.add(new Rule333());
                y.add(new Rule334());
                y.add(new Rule335());
                y.add(new Rule336());
                y.add(new Rule344());
                y.add(new Rule345());
                y.add(new Rule347());
                y.add(new Rule348());
                y.add(new Rule351());
                y.add(new Rule352());
                y.add(new Rule353());
                y.add(new Rule354());
                y.add(new Rule355());
                y.add(new Rule356());
                y.add(new Rule357());
                y.add(new Rule358());
                y.add(new Rule359());
                y.add(new Rule361());
                y.add(new Rule362());
                y.add(new Rule363());
                y.add(new Rule364());
                y.add(new Rule365());
                y.add(new Rule366());
                y.add(new Rule367());
                y.add(new Rule371());
                y.add(new Rule372());
                y.add(new Rule373());
                y.add(new Rule374());
                y.add(new Rule375());
                y.add(new Rule376());
                y.add(new Rule377());
                y.add(new Rule378());
                y.add(new Rule379());
                y.add(new Rule380());
                y.add(new Rule381());
                y.add(new Rule382());
                y.add(new Rule383());
                y.add(new Rule384());
                y.add(new Rule385());
                y.add(new Rule386());
                y.add(new Rule387());
                y.add(new Rule388());
                y.add(new Rule389());
                y.add(new Rule390());
                y.add(new Rule391());
                y.add(new Rule392b());
                y.add(new Rule392d());
                y.add(new Rule393());
                y.add(new Rule398());
                y.add(new Rule399());
                y.add(new Rule407());
                y.add(new Rule408());
                y.add(new Rule426());
                y.add(new Rule431());
                y.add(new Rule432());
                y.add(new Rule433());
                y.add(new Rule434());
                y.add(new Rule435());
                y.add(new Rule436());
                y.add(new Rule437());
                y.add(new Rule440());
                y.add(new Rule441());
                y.add(new Rule442());
                y.add(new Rule444());
                y.add(new Rule446());
                y.add(new Rule460());
                y.add(new Rule501());
                y.add(new Rule502());
                y.add(new Rule503A());
                y.add(new Rule503B());
                y.add(new Rule503C());
                y.add(new Rule503D());
                y.add(new Rule503E());
                y.add(new Rule503F());
                y.add(new Rule504());
                y.add(new Rule511());
                y.add(new Rule514());
                y.add(new Rule516());
                y.add(new Rule517());
                y.add(new Rule518());
                y.add(new Rule519());
                y.add(new Rule520());
                y.add(new Rule521());
                y.add(new Rule522());
                y.add(new Rule523());
                y.add(new Rule524());
                y.add(new Rule525());
                y.add(new Rule526());
                y.add(new Rule527());
                y.add(new Rule528());
                y.add(new Rule529());
                y.add(new Rule530());
                y.add(new Rule531());
                y.add(new Rule542());
                y.add(new Rule543());
                y.add(new Rule544());
                y.add(new Rule545());
                y.add(new Rule546());
                y.add(new Rule547());
                y.add(new Rule550());
                y.add(new Rule551());
                y.add(new Rule552());
                y.add(new Rule553());
                y.add(new Rule554());
                y.add(new Rule557());
                y.add(new Rule558());
                y.add(new Rule559());
                y.add(new Rule560());
                y.add(new Rule561());
                y.add(new Rule562());
                y.add(new Rule563());
                y.add(new Rule564());
                y.add(new Rule565());
                y.add(new Rule566());
                y.add(new Rule567());
                y.add(new Rule570());
                y.add(new Rule571());
                y.add(new Rule574());
                y.add(new Rule575());
                y.add(new Rule576());
                y.add(new Rule577());
                y.add(new Rule578());
                y.add(new Rule579());
                y.add(new Rule580());
                y.add(new Rule581());
                y.add(new Rule582());
                y.add(new Rule583());
                y.add(new Rule584());
                y.add(new Rule586());
                y.add(new Rule601());
                y.add(new Rule602());
                y.add(new Rule607());
                y.add(new Rule611());
                y.add(new Rule612());
                y.add(new Rule620());
                y.add(new Rule621());
                y.add(new Rule624());
                y.add(new Rule625());
                y.add(new Rule626());
                y.add(new Rule628());
                y.add(new Rule630());
                y.add(new Rule631());
                y.add(new Rule632());
                y.add(new Rule633());
                y.add(new Rule634());
                y.add(new Rule635());
                y.add(new RuleEPI());
                y.add(new RuleINT01());
                y.add(new RuleINT02());
                y.add(new RuleINT03());
                y.add(new RuleINT04());
                y.add(new RuleINT05());
                y.add(new RuleINT06());
                y.add(new RuleINT07());
                y.add(new RuleINT08());
                y.add(new RuleINT09());
                y.add(new RuleINT11());
                y.add(new RuleINT12());
                y.add(new RuleINT13());
                y.add(new RuleINT14());
                y.add(new RuleINT15());
                y.add(new RuleINT16());
                y.add(new RuleINT17());
                y.add(new RuleINT18());
                y.add(new RuleINT21());
                y.add(new RuleINT31());
                y.add(new RuleINT32());
                y.add(new RuleINT33());
                y.add(new RuleINT34());
                y.add(new RuleINT35());
                y.add(new RuleINT36());
                y.add(new RuleNoE());
                y.add(new RuleSW01aSTG1());
                y.add(new RuleSW01bSTG1());
                y.add(new RuleSW02STG1());
                y.add(new RuleSW04STG1());
                y.add(new RuleSW05STG1());
                y.add(new RuleSW06STG2());
                y.add(new RuleSW07STG2());
                y.add(new RuleSW08STG2());
                y.add(new RuleSW09STG2());
                y.add(new RuleSW10STG2());
                y.add(new RuleSW11bSTG2());
                y.add(new RuleSW12STG2());
                y.add(new RuleSW13STG1());
                y.add(new RuleSW17STG2());
                y.add(new Rule164());
                y.add(new Rule169());
                y.add(new Rule392a());
                y.add(new Rule392c());
                y.add(new Rule406());
                y.add(new Rule420());
                y.add(new Rule454());
                y.add(new Rule503G());
                y.add(new Rule503H());
                y.add(new Rule503J());
                y.add(new Rule179());
                y.add(new Rule452());
                y.add(new Rule453());
                y.add(new Rule1015());
                y.notImplemented(
                    "1008",
                    "needs Ofsted's provider lists (URNs), which OpenCSC does not load yet");
                y.notImplemented(
                    "105",
                    "the UASC flag on the Header is only in the XML return; OpenCSC reads the CSV tables, where the UASC table takes its place");
                y.notImplemented(
                    "205C",
                    "in the CSV return a child's UASC status is their UASC record itself: a date UASC ceased cannot be recorded for a child not identified as UASC (the DfE's check reads the XML return's Header flag)");
                y.notImplemented(
                    "218",
                    "exempts placements outside England by their local authority (PL_LA, from the placement postcode): not yet written against OpenCSC's postcode reference data");
                y.notImplemented(
                    "219",
                    "needs Ofsted's provider lists (URNs and their provision types), which OpenCSC does not load yet");
                y.notImplemented(
                    "221",
                    "needs Ofsted's provider lists (URNs and their postcodes), which OpenCSC does not load yet");
                y.notImplemented(
                    "224",
                    "needs Ofsted's provider lists (URNs and their provider types), which OpenCSC does not load yet");
                y.notImplemented(
                    "227",
                    "needs Ofsted's provider lists (URNs and their registration dates), which OpenCSC does not load yet");
                y.notImplemented(
                    "228",
                    "needs Ofsted's provider lists (URNs and their closure dates), which OpenCSC does not load yet");
                y.notImplemented(
                    "229",
                    "needs Ofsted's provider lists (the provider's local authority) and the placing authority's own code, which OpenCSC does not load yet");
                y.notImplemented(
                    "411",
                    "OpenCSC works out the placement's authority (PL_LA) and location (PL_LOCATION) from the same placement postcode, so the two cannot disagree");
              })
          .year(
              "2026-27",
              y ->
                  y.add(new Rule700())
                      .add(new Rule701())
                      .add(new Rule702())
                      .add(new Rule703())
                      .add(new Rule704())
                      .add(new Rule705())
                      .add(new Rule706())
                      .add(new Rule707())
                      .add(new Rule708())
                      .add(new Rule709())
                      .add(new Rule710()));

  private Ssda903Years() {}
}
