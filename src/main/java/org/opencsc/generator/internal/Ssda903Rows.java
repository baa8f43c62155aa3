package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.flag;
import static org.opencsc.generator.internal.Formats.text;
import static org.opencsc.generator.internal.Formats.ukDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Adoption;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;
import org.opencsc.generator.model.ChildHistory.MissingEpisode;

/**
 * One child's rows in the SSDA903 return of one collection year. The rules applied (DfE SSDA903
 * guide and the csc-validator-be-903 rules, as far as they could be found):
 *
 * <ul>
 *   <li>The return holds every child looked after at any time in the year (an episode with DECOM on
 *       or before 31 March and no DEC or a DEC on or after 1 April), plus care leavers due an OC3
 *       row ({@link Ssda903Outcomes}). Header has one row for each of them; a child without a UPN
 *       has the reason code instead (UN1 to UN5, rules 442 and 168).
 *   <li>Episodes: every episode open at some time in the year, including those that began in
 *       earlier years. A DEC (and its REC) after 31 March is not yet known at 31 March and is left
 *       blank, as is a DEC after the extract date. PLACE is the code of the return's year: a
 *       supported-accommodation placement is K3 from 2024-25 and H5 before ({@link Placements}).
 *   <li>Reviews: REVIEW dates inside the year. Missing: missing or away episodes that touch the
 *       year and began in one of the year's episodes (rules 578, 581), MIS_END blank when still
 *       open at 31 March.
 *   <li>UASC: children with UASC status at some time in the year (no DUC, or DUC on or after 1
 *       April).
 *   <li>AD1: children adopted in the year (an episode ceased with REC E11 or E12) with their
 *       adoption details. PlacedAdoption: children with a decision to place for adoption
 *       (DATE_PLACED, the same date as AD1's DATE_INT, rule 523) on or before 31 March that had not
 *       been reversed before 1 April, and whose period of care touches the year (not a decision
 *       from an earlier period that ended in an adoption; rule 1003). DATE_PLACED_CEASED and
 *       REASON_PLACED_CEASED record a decision that the child should no longer be placed for
 *       adoption; an adopted child has none (rule 558).
 *   <li>PrevPerm: children who started a period of care in the year (RNE S) and have a previous
 *       permanence record.
 *   <li>SWEpisodes: for looked-after children, every allocation to a social worker that touches the
 *       year, including those from before the child became looked after (validator rule SW12: "all
 *       social worker episodes for the full previous year"), as {@link SocialWorkerEpisodes} says.
 *       SW_ID is the worker's Social Work England registration number (SW followed by digits;
 *       validator rule SW02STG1).
 * </ul>
 */
final class Ssda903Rows {

  /** Receives rows: one call per row, values in the table's column order. */
  interface Sink {
    void row(Ssda903Table table, String... values);
  }

  private static final List<String> ADOPTED = List.of("E11", "E12");

  private Ssda903Rows() {}

  /**
   * Writes the child's rows; returns false (and writes nothing) when not in the return. {@code
   * workers} gives each worker's Social Work England number and manager by worker ID.
   */
  static boolean write(
      ChildHistory history,
      ReportingYear year,
      Map<String, SocialWorkerEpisodes.Worker> workers,
      Sink sink) {
    CareEpisodes care = new CareEpisodes(history.episodes());
    boolean lookedAfter = care.lookedAfterDuring(year);
    Ssda903Outcomes outcomes = new Ssda903Outcomes(history, care, year);
    boolean careLeaver = outcomes.careLeaverRow().isPresent();
    if (!lookedAfter && !careLeaver) {
      return false;
    }
    ChildHistory.Child child = history.child();
    String id = child.childId();
    String dob = ukDate(child.personBirthDate());
    sink.row(
        Ssda903Table.HEADER,
        id,
        child.sex(),
        dob,
        child.ethnicity(),
        child.upn() != null ? child.upn() : text(child.upnUnknown()),
        // MOTHER only for a girl looked after in the year, not a care leaver (rules 165, 628)
        lookedAfter ? flag(child.mother()) : "",
        lookedAfter ? ukDate(child.mcDob()) : "");
    // UASC only for a child looked after in the year, not a care leaver (rule 1014)
    if (lookedAfter
        && child.uasc()
        && (child.duc() == null || !child.duc().isBefore(year.start()))) {
      sink.row(Ssda903Table.UASC, id, child.sex(), dob, ukDate(child.duc()));
    }
    if (lookedAfter) {
      lookedAfterRows(history, care, year, workers, sink);
      outcomes.oc2Row().ifPresent(values -> sink.row(Ssda903Table.OC2, values));
    }
    outcomes.careLeaverRow().ifPresent(values -> sink.row(Ssda903Table.OC3, values));
    return true;
  }

  private static void lookedAfterRows(
      ChildHistory history,
      CareEpisodes care,
      ReportingYear year,
      Map<String, SocialWorkerEpisodes.Worker> workers,
      Sink sink) {
    String id = history.child().childId();
    String dob = ukDate(history.child().personBirthDate());
    List<EpisodeOfCare> inYear = care.overlapping(year);
    for (EpisodeOfCare e : inYear) {
      sink.row(Ssda903Table.EPISODES, episodeRow(id, e, year));
    }
    // a missing period that began in an episode before the return's first is left out: the DfE
    // reads its start against the return's episodes only (rules 578, 581)
    LocalDate firstDecom = inYear.get(0).decom();
    history.claReviews().stream()
        .filter(r -> year.contains(r.review()))
        .forEach(
            r -> sink.row(Ssda903Table.REVIEWS, id, dob, ukDate(r.review()), text(r.reviewCode())));
    for (MissingEpisode m : history.missingEpisodes()) {
      if (year.overlaps(m.misStart(), m.misEnd()) && !m.misStart().isBefore(firstDecom)) {
        String end = ukDate(year.asKnownAtEnd(m.misEnd()));
        sink.row(Ssda903Table.MISSING, id, dob, m.missing(), ukDate(m.misStart()), end);
      }
    }
    adoptionRows(history, care, year, sink);
    var perm = history.previousPermanence();
    if (perm != null && care.startedDuring(year)) {
      sink.row(
          Ssda903Table.PREV_PERM,
          id,
          dob,
          perm.prevPerm(),
          text(perm.laPerm()),
          ukDate(perm.datePerm()));
    }
    var episodes =
        SocialWorkerEpisodes.of(
            history.allocations(), year, care.lookedAfterOn(year.end()), workers);
    for (SocialWorkerEpisodes.Episode e : episodes) {
      sink.row(
          Ssda903Table.SW_EPISODES,
          id,
          dob,
          e.sweNo(),
          ukDate(e.start()),
          ukDate(e.end()),
          e.reason());
    }
  }

  private static String[] episodeRow(String id, EpisodeOfCare e, ReportingYear year) {
    var dec = year.asKnownAtEnd(e.dec());
    return new String[] {
      id,
      ukDate(e.decom()),
      e.rne(),
      e.ls(),
      e.cin(),
      Placements.codeIn(e.place(), year),
      text(e.placeProvider()),
      ukDate(dec),
      dec == null ? "" : text(e.rec()),
      text(e.reasonPlaceChange()),
      text(e.homePost()),
      text(e.plPost()),
      text(e.urn())
    };
  }

  private static void adoptionRows(
      ChildHistory history, CareEpisodes care, ReportingYear year, Sink sink) {
    Adoption ad = history.adoption();
    if (ad == null) {
      return;
    }
    String id = history.child().childId();
    String dob = ukDate(history.child().personBirthDate());
    if (care.ceasedDuring(year, ADOPTED)) {
      sink.row(
          Ssda903Table.AD1,
          id,
          dob,
          ukDate(ad.dateInt()),
          ukDate(ad.dateMatch()),
          flag(ad.fosterCare()),
          text(ad.nbAdoptr()),
          text(ad.sexAdoptr()),
          text(ad.lsAdoptr()));
    }
    if (ad.datePlaced() != null
        && year.overlaps(ad.datePlaced(), ad.datePlacedCeased())
        && care.periodOfCareOverlaps(ad.datePlaced(), year)) {
      var ceased = year.asKnownAtEnd(ad.datePlacedCeased());
      sink.row(
          Ssda903Table.PLACED_ADOPTION,
          id,
          dob,
          ukDate(ad.datePlaced()),
          ukDate(ceased),
          ceased == null ? "" : text(ad.reasonPlacedCeased()));
    }
  }
}
