package org.opencsc.generator;

import static org.opencsc.generator.ChildHistoryBuilder.aChild;
import static org.opencsc.generator.ChildHistoryBuilder.d;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.*;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.Organisation.*;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * A hand-built council of six children with fixed IDs and dates, as at 31 March 2026 (collection
 * year 2025-26):
 *
 * <ul>
 *   <li>C001 looked after since 10/01/2024 (two episodes, a placement move on 01/06/2025), on a CIN
 *       referral since 2023; two social workers in the year. In the 903 return with OC2, and in the
 *       CIN census.
 *   <li>C002 referred on 01/05/2025 by the police, assessed, section 47, conference, child
 *       protection plan from 20/05/2025. CIN census only.
 *   <li>C003 left care on their 18th birthday (15/06/2024); 19th birthday 15/06/2025 falls in the
 *       year with a contact five days before it. 903 (Header, OC3) only.
 *   <li>C004 adopted on 01/10/2025 (REC E11). 903 with AD1 and PlacedAdoption.
 *   <li>C005 came into care on 01/11/2025 after an earlier adoption (PrevPerm P1), referred
 *       15/10/2025. 903 and CIN census.
 *   <li>C006 referred and closed in 2024, before the year. In neither return.
 * </ul>
 */
public final class TestCouncil implements SyntheticCouncil {

  private final List<ChildHistory> children;

  private TestCouncil(List<ChildHistory> children) {
    this.children = List.copyOf(children);
  }

  public static GeneratorSettings settings() {
    return new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);
  }

  public static TestCouncil standard() {
    return new TestCouncil(
        List.of(
            c001(),
            c002(),
            c003(),
            c004(),
            c005(),
            aChild("C006", "M", "2012-09-09", "WOTH")
                .referral("R6", "2024-01-01", "2A", "2024-03-01", "RC7")
                .build()));
  }

  /** The standard council plus one more child (for a broken one, say). */
  public static TestCouncil standardWith(ChildHistory extra) {
    List<ChildHistory> all = new ArrayList<>();
    standard().children(all::add);
    all.add(extra);
    return new TestCouncil(all);
  }

  @Override
  public Organisation organisation() {
    return new Organisation(
        "999",
        "Testshire",
        d("2023-04-01"),
        d("2026-03-31"),
        List.of(new ServiceArea("SA1", "Children in Care"), new ServiceArea("SA2", "Front Door")),
        List.of(new Team("T1", "SA1", "Care Team 1"), new Team("T2", "SA2", "Duty Team")),
        List.of(
            new Worker(
                "W1",
                "Ann Manager",
                "SW0001",
                3,
                false,
                1.0,
                false,
                d("2015-01-01"),
                null,
                null,
                null,
                0),
            new Worker(
                "W2",
                "Ben Worker",
                "SW0002",
                5,
                false,
                1.0,
                true,
                d("2020-01-01"),
                null,
                null,
                "W1",
                3.5),
            new Worker(
                "W3",
                "Cat Agency",
                "SW0003",
                5,
                true,
                0.8,
                true,
                d("2025-07-01"),
                null,
                null,
                "W1",
                0)),
        List.of(
            new WorkerTeam("W1", "T1", d("2015-01-01"), null),
            new WorkerTeam("W2", "T2", d("2020-01-01"), d("2024-01-01")),
            new WorkerTeam("W2", "T1", d("2024-01-01"), null),
            new WorkerTeam("W3", "T1", d("2025-07-01"), null)),
        List.of(new Supervision("S1", "W2", "W1", d("2025-09-01"))),
        List.of(new WorkforceVacancy(d("2025-09-30"), 2.5, 1.0, 1)),
        List.of(new WorkerAbsence("W2", d("2025-09-30"), "SIC")));
  }

  @Override
  public int childCount() {
    return children.size();
  }

  @Override
  public void children(Consumer<ChildHistory> sink) {
    children.forEach(sink);
  }

  private static ChildHistory c001() {
    var c =
        aChild(
                new Child(
                    "C001",
                    "A12345678901B",
                    null,
                    "F",
                    d("2015-05-20"),
                    null,
                    null,
                    "WBRI",
                    false,
                    null,
                    null,
                    null))
            .referral("R1", "2023-12-01", "2A", null, null)
            .episode("E1", "2024-01-10", "S", "C2", "U1", "2025-06-01", "X1")
            .episode("E2", "2025-06-01", "P", "C2", "U4", null, null)
            .allocation("A1", "W2", "T1", "2024-01-10", "2025-08-01", "LEFTRL")
            .allocation("A2", "W3", "T1", "2025-08-01", null, null);
    c.disabilities.add("NONE");
    c.claReviews.add(new ClaReview("CR1", d("2024-12-01"), "PN1"));
    c.claReviews.add(new ClaReview("CR2", d("2025-07-01"), "PN1"));
    c.claVisits.add(new ClaVisit("CV1", d("2025-07-15"), true, true));
    c.peps.add(new Pep("P1", d("2025-09-10")));
    c.missingEpisodes.add(
        new MissingEpisode("M1", "M", d("2025-09-01"), d("2025-09-02"), true, false));
    c.healthChecks.add(new HealthCheck("H1", "health_assessment", d("2025-05-01"), null));
    c.healthChecks.add(new HealthCheck("H2", "dental", d("2025-06-01"), null));
    c.healthChecks.add(new HealthCheck("H3", "sdq", d("2025-10-01"), 14));
    return c.build();
  }

  private static ChildHistory c002() {
    var c =
        aChild("C002", "M", "2019-02-01", "MWBC")
            .referral("R2", "2025-05-01", "6", null, null)
            .allocation("A3", "W2", "T1", "2025-05-01", null, null);
    c.contacts.add(new Contact("K2", d("2025-05-01"), "6", "referral"));
    c.assessments.add(
        new Assessment(
            "AS2",
            "R2",
            d("2025-05-02"),
            d("2025-06-10"),
            d("2025-05-02"),
            true,
            List.of("3A", "4B")));
    c.strategyDiscussions.add(new StrategyDiscussion("SD2", "R2", d("2025-05-03"), true));
    c.section47s.add(
        new Section47(
            "S47",
            "R2",
            "SD2",
            d("2025-05-03"),
            d("2025-05-20"),
            d("2025-05-23"),
            d("2025-05-20"),
            false));
    c.icpcs.add(new Icpc("IC2", "S47", "R2", d("2025-05-20"), true));
    c.cpPlans.add(new CpPlan("CP2", "R2", "IC2", d("2025-05-20"), null, "NEG", "NEG", 0));
    c.cpReviews.add(new CpReview("CPR2", "CP2", d("2025-08-20")));
    c.cpVisits.add(new CpVisit("CPV2", "CP2", d("2025-05-27"), true, false));
    return c.build();
  }

  private static ChildHistory c003() {
    var c =
        aChild(
                new Child(
                    "C003",
                    null,
                    "UN2",
                    "M",
                    d("2006-06-15"),
                    null,
                    null,
                    "BAFR",
                    true,
                    d("2024-06-15"),
                    null,
                    null))
            .episode("E3", "2021-01-01", "S", "C2", "U4", "2024-06-15", "E8");
    c.careLeaverContacts.add(
        new CareLeaverContact("CL3", d("2025-06-10"), "YES", "F1", "B1", d("2025-06-10"), "PA1"));
    return c.build();
  }

  private static ChildHistory c004() {
    var c =
        aChild("C004", "F", "2022-03-01", "WBRI")
            .episode("E4", "2023-01-05", "S", "C2", "U4", "2024-11-01", "X1")
            .episode("E5", "2024-11-01", "P", "E1", "A5", "2025-10-01", "E11");
    c.adoption =
        new Adoption(
            d("2023-06-01"), d("2024-10-01"), true, 2, "MF", "L11", d("2023-06-01"), null, null);
    return c.build();
  }

  private static ChildHistory c005() {
    var c =
        aChild("C005", "U", "2010-01-01", "AIND")
            .referral("R5", "2025-10-15", "1A", null, null)
            .episode("E6", "2025-11-01", "S", "V2", "K2", null, null);
    c.previousPermanence = new PreviousPermanence("P1", null, d("2012-05-01"));
    return c.build();
  }
}
