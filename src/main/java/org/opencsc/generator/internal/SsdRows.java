package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.text;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Allocation;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;

/**
 * Each child's rows in the Standard Safeguarding Dataset extract, with the IDs and values {@link
 * CouncilRows} loads (the organisation's are {@link SsdOrganisationRows}). The SSD is an extract of
 * everything recorded over its time frame, not a return of one year, so every row of the simulated
 * period is written. Dates are ISO yyyy-mm-dd (the date part of the SSD's SQL Server datetime
 * columns), flags Y/N as the SSD's nchar(1) columns hold them.
 */
final class SsdRows {

  /** Receives rows: one call per row, values in the table's column order. */
  interface Sink {
    void row(SsdTable table, String... values);
  }

  /** The role of the allocated worker in ssd_involvements (invo_professional_role_id). */
  static final String ALLOCATED_SOCIAL_WORKER = "Allocated Social Worker";

  private static final String[] OUTCOME_FLAGS = {
    "NEW_REFERRAL_FLAG",
    "EXISTING_REFERRAL_FLAG",
    "CP_ENQUIRY_FLAG",
    "NFA_FLAG",
    "NON_AGENCY_ADOPTION_FLAG",
    "PRIVATE_FOSTERING_FLAG",
    "ADVICE_FLAG",
    "MISSING_FLAG",
    "OLA_CP_FLAG",
    "OTHER_OUTCOMES_EXIST_FLAG",
    "EARLY_HELP_FLAG"
  };

  private SsdRows() {}

  /** The child's rows in every table that holds children. */
  static void child(ChildHistory h, Sink sink) {
    ChildHistory.Child c = h.child();
    String id = c.childId();
    sink.row(
        SsdTable.PERSON,
        id,
        "",
        "",
        c.sex(),
        "",
        c.ethnicity(),
        date(c.personBirthDate()),
        "",
        "",
        text(c.upnUnknown()),
        "",
        date(c.expectedPersonBirthDate()),
        date(c.personDeathDate()),
        c.mother() == null ? "" : yesNo(c.mother()),
        "");
    for (int i = 0; i < h.disabilities().size(); i++) {
      sink.row(SsdTable.DISABILITY, id, id + "-DIS" + (i + 1), h.disabilities().get(i));
    }
    for (Allocation a : h.allocations()) {
      sink.row(
          SsdTable.INVOLVEMENTS,
          a.allocationId(),
          a.workerId(),
          ALLOCATED_SOCIAL_WORKER,
          a.teamId(),
          date(a.startDate()),
          date(a.endDate()),
          text(a.changeReason()),
          id,
          "");
    }
    frontDoor(h, id, sink);
    assessments(h, id, sink);
    enquiries(h, id, sink);
    visits(h, id, sink);
  }

  private static void frontDoor(ChildHistory h, String id, Sink sink) {
    h.contacts()
        .forEach(
            k ->
                sink.row(
                    SsdTable.CONTACTS,
                    k.contactId(),
                    id,
                    date(k.contactDate()),
                    k.contactSource(),
                    "",
                    outcomeJson(k.outcome())));
    h.earlyHelpEpisodes()
        .forEach(
            e ->
                sink.row(
                    SsdTable.EARLY_HELP,
                    e.earlyHelpId(),
                    id,
                    date(e.startDate()),
                    date(e.endDate()),
                    text(e.reason()),
                    text(e.endReason()),
                    e.organisation(),
                    text(e.workerId())));
  }

  /**
   * ssd_cin_assessments, one row per assessment: cina_assessment_child_seen is the day the child
   * was seen (the SSD's data model declares a Y/N flag there, which cannot say when; blank when not
   * seen), cina_assessment_outcome_nfa Y when the child was found not in need (blank while the
   * assessment has no outcome), and the team and worker who held the case when it was authorised
   * (or, still open, when it started).
   */
  private static void assessments(ChildHistory h, String id, Sink sink) {
    for (ChildHistory.Assessment a : h.assessments()) {
      LocalDate authorised = a.assessmentAuthorisationDate();
      Allocation by =
          allocationOn(h, authorised == null ? a.assessmentActualStartDate() : authorised);
      Boolean inNeed = a.childInNeed();
      sink.row(
          SsdTable.CIN_ASSESSMENTS,
          a.assessmentId(),
          id,
          a.referralId(),
          date(a.assessmentActualStartDate()),
          date(a.childSeenDate()),
          date(authorised),
          inNeed == null ? "" : "{\"NFA_FLAG\": \"" + yesNo(!inNeed) + "\"}",
          inNeed == null ? "" : yesNo(!inNeed),
          by == null ? "" : by.teamId(),
          by == null ? "" : by.workerId());
    }
  }

  /**
   * ssd_s47_enquiry, one row per section 47 enquiry: its end date (which the CIN census does not
   * carry), s47e_s47_nfa Y when no initial conference was needed, no outcome JSON (the SSD allows
   * it blank), and the worker and team who held the case when the enquiry ended (or, still open,
   * when it started).
   */
  private static void enquiries(ChildHistory h, String id, Sink sink) {
    for (ChildHistory.Section47 e : h.section47s()) {
      LocalDate ended = e.s47EndDate();
      Allocation by = allocationOn(h, ended == null ? e.s47ActualStartDate() : ended);
      sink.row(
          SsdTable.S47_ENQUIRY,
          e.section47Id(),
          e.referralId(),
          id,
          date(e.s47ActualStartDate()),
          date(ended),
          yesNo(e.icpcNotRequired()),
          "",
          by == null ? "" : by.workerId(),
          by == null ? "" : by.teamId());
    }
  }

  /** The child's allocation on a day: the latest started on or before it and not ended before. */
  private static @Nullable Allocation allocationOn(ChildHistory h, LocalDate day) {
    Allocation on = null;
    for (Allocation a : h.allocations()) {
      if (!a.startDate().isAfter(day)
          && (a.endDate() == null || !a.endDate().isBefore(day))
          && (on == null || a.startDate().isAfter(on.startDate()))) {
        on = a;
      }
    }
    return on;
  }

  private static void visits(ChildHistory h, String id, Sink sink) {
    h.cinVisits()
        .forEach(
            v ->
                sink.row(
                    SsdTable.CIN_VISITS,
                    v.cinVisitId(),
                    id,
                    date(v.visitDate()),
                    yesNo(v.seen()),
                    v.seenAlone() == null ? "" : yesNo(v.seenAlone()),
                    ""));
    for (ChildHistory.CpPlan p : h.cpPlans()) {
      sink.row(
          SsdTable.CP_PLANS,
          p.cpPlanId(),
          p.referralId(),
          text(p.icpcId()),
          id,
          date(p.cppStartDate()),
          date(p.cppEndDate()),
          p.initialCategoryOfAbuse(),
          "N",
          p.latestCategoryOfAbuse());
    }
    h.cpVisits()
        .forEach(
            v ->
                sink.row(
                    SsdTable.CP_VISITS,
                    v.cpVisitId(),
                    id,
                    v.cpPlanId(),
                    date(v.visitDate()),
                    yesNo(v.seen()),
                    v.seenAlone() == null ? "" : yesNo(v.seenAlone()),
                    ""));
    h.claVisits()
        .forEach(
            v ->
                sink.row(
                    SsdTable.CLA_VISITS,
                    v.claVisitId(),
                    episodeOn(h, v.visitDate()),
                    id,
                    date(v.visitDate()),
                    yesNo(v.seen()),
                    v.seenAlone() == null ? "" : yesNo(v.seenAlone())));
  }

  /**
   * cont_contact_outcome_json with the SSD's standard keys, plus EARLY_HELP_FLAG, an OpenCSC key:
   * the SSD has no standard key for a contact passed to early help (it sets OTHER_OUTCOMES_EXIST).
   */
  static String outcomeJson(String outcome) {
    StringBuilder json = new StringBuilder("{");
    for (String key : OUTCOME_FLAGS) {
      boolean set =
          switch (key) {
            case "NEW_REFERRAL_FLAG" -> outcome.equals("referral");
            case "NFA_FLAG" -> outcome.equals("nfa");
            case "ADVICE_FLAG" -> outcome.equals("advice");
            case "OTHER_OUTCOMES_EXIST_FLAG", "EARLY_HELP_FLAG" -> outcome.equals("early_help");
            default -> false;
          };
      json.append(json.length() == 1 ? "" : ", ")
          .append('"')
          .append(key)
          .append("\": \"")
          .append(yesNo(set))
          .append('"');
    }
    return json.append('}').toString();
  }

  /** clav_cla_id: the episode of care the visit fell in, if any. */
  private static String episodeOn(ChildHistory h, LocalDate day) {
    for (EpisodeOfCare e : h.episodes()) {
      if (!day.isBefore(e.decom()) && (e.dec() == null || !day.isAfter(e.dec()))) {
        return e.episodeId();
      }
    }
    return "";
  }

  static String date(@Nullable LocalDate date) {
    return date == null ? "" : Formats.isoDate(date);
  }

  static String yesNo(boolean value) {
    return value ? "Y" : "N";
  }
}
