package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.CopyTable.*;

import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/** Turns the generator's records into COPY rows, one table column for one record field. */
final class CouncilRows {

  private CouncilRows() {}

  static void organisation(Organisation org, CopyBuffers out) {
    org.serviceAreas().forEach(s -> out.row(SERVICE_AREA, s.serviceAreaId(), s.name()));
    org.teams().forEach(t -> out.row(TEAM, t.teamId(), t.serviceAreaId(), t.name()));
    for (Organisation.Worker w : org.workers()) {
      out.row(
          WORKER,
          w.workerId(),
          w.name(),
          w.sweNo(),
          w.orgRole(),
          w.agencyWorker(),
          w.fte(),
          w.caseHolding(),
          w.roleStartDate(),
          w.roleEndDate(),
          w.reasonLeave(),
          w.managerWorkerId(),
          w.workingDaysLost());
    }
    org.absences()
        .forEach(a -> out.row(WORKER_ABSENCE, a.workerId(), a.referenceDate(), a.reasonAbsence()));
    org.workerTeams()
        .forEach(
            wt -> out.row(WORKER_TEAM, wt.workerId(), wt.teamId(), wt.startDate(), wt.endDate()));
    org.supervisions()
        .forEach(
            s ->
                out.row(
                    SUPERVISION,
                    s.supervisionId(),
                    s.workerId(),
                    s.supervisorId(),
                    s.supervisionDate()));
    org.vacancies()
        .forEach(
            v ->
                out.row(
                    WORKFORCE_VACANCY,
                    v.referenceDate(),
                    v.numberOfVacancies(),
                    v.noAgencyFte(),
                    v.noAgencyHeadcount()));
  }

  static void child(ChildHistory h, CopyBuffers out) {
    ChildHistory.Child c = h.child();
    String id = c.childId();
    out.row(
        CHILD,
        id,
        c.upn(),
        c.upnUnknown(),
        c.sex(),
        c.personBirthDate(),
        c.expectedPersonBirthDate(),
        c.personDeathDate(),
        c.ethnicity(),
        c.uasc(),
        c.duc(),
        c.mother(),
        c.mcDob());
    h.disabilities().forEach(d -> out.row(CHILD_DISABILITY, id, d));
    frontDoor(h, id, out);
    protection(h, id, out);
    care(h, id, out);
    h.allocations()
        .forEach(
            a ->
                out.row(
                    ALLOCATION,
                    a.allocationId(),
                    id,
                    a.workerId(),
                    a.teamId(),
                    a.startDate(),
                    a.endDate(),
                    a.changeReason()));
  }

  private static void frontDoor(ChildHistory h, String id, CopyBuffers out) {
    h.contacts()
        .forEach(
            c ->
                out.row(
                    CONTACT, c.contactId(), id, c.contactDate(), c.contactSource(), c.outcome()));
    h.earlyHelpEpisodes()
        .forEach(
            e ->
                out.row(
                    EARLY_HELP_EPISODE,
                    e.earlyHelpId(),
                    id,
                    e.startDate(),
                    e.endDate(),
                    e.reason(),
                    e.endReason(),
                    e.organisation(),
                    e.workerId()));
    h.referrals()
        .forEach(
            r ->
                out.row(
                    REFERRAL,
                    r.referralId(),
                    id,
                    r.cinReferralDate(),
                    r.referralSource(),
                    r.primaryNeedCode(),
                    r.cinClosureDate(),
                    r.reasonForClosure(),
                    r.referralNfa()));
    for (ChildHistory.Assessment a : h.assessments()) {
      out.row(
          ASSESSMENT,
          a.assessmentId(),
          a.referralId(),
          id,
          a.assessmentActualStartDate(),
          a.assessmentAuthorisationDate(),
          a.childSeenDate(),
          a.childInNeed());
      a.factors().forEach(f -> out.row(ASSESSMENT_FACTOR, a.assessmentId(), f));
    }
    h.cinPlans()
        .forEach(
            p ->
                out.row(
                    CIN_PLAN,
                    p.cinPlanId(),
                    p.referralId(),
                    id,
                    p.cinPlanStartDate(),
                    p.cinPlanEndDate()));
    h.cinVisits()
        .forEach(
            v -> out.row(CIN_VISIT, v.cinVisitId(), id, v.visitDate(), v.seen(), v.seenAlone()));
  }

  private static void protection(ChildHistory h, String id, CopyBuffers out) {
    h.strategyDiscussions()
        .forEach(
            s ->
                out.row(
                    STRATEGY_DISCUSSION,
                    s.strategyDiscussionId(),
                    s.referralId(),
                    id,
                    s.strategyDiscussionDate(),
                    s.section47Initiated()));
    h.section47s()
        .forEach(
            s ->
                out.row(
                    SECTION47,
                    s.section47Id(),
                    s.referralId(),
                    id,
                    s.strategyDiscussionId(),
                    s.s47ActualStartDate(),
                    s.s47EndDate(),
                    s.initialCpcTarget(),
                    s.dateOfInitialCpc(),
                    s.icpcNotRequired()));
    h.icpcs()
        .forEach(
            i ->
                out.row(
                    ICPC,
                    i.icpcId(),
                    i.section47Id(),
                    i.referralId(),
                    id,
                    i.dateOfInitialCpc(),
                    i.outcomeCpPlan()));
    h.cpPlans()
        .forEach(
            p ->
                out.row(
                    CP_PLAN,
                    p.cpPlanId(),
                    p.referralId(),
                    id,
                    p.icpcId(),
                    p.cppStartDate(),
                    p.cppEndDate(),
                    p.initialCategoryOfAbuse(),
                    p.latestCategoryOfAbuse(),
                    p.numberOfPreviousCpp()));
    h.cpReviews()
        .forEach(r -> out.row(CP_REVIEW, r.cpReviewId(), r.cpPlanId(), id, r.cppReviewDate()));
    h.cpVisits()
        .forEach(
            v ->
                out.row(
                    CP_VISIT,
                    v.cpVisitId(),
                    v.cpPlanId(),
                    id,
                    v.visitDate(),
                    v.seen(),
                    v.seenAlone()));
  }

  private static void care(ChildHistory h, String id, CopyBuffers out) {
    for (ChildHistory.EpisodeOfCare e : h.episodes()) {
      out.row(
          EPISODE_OF_CARE,
          e.episodeId(),
          id,
          e.decom(),
          e.rne(),
          e.ls(),
          e.cin(),
          e.place(),
          e.placeProvider(),
          e.dec(),
          e.rec(),
          e.reasonPlaceChange(),
          e.homePost(),
          e.plPost(),
          e.plDistance(),
          e.urn());
    }
    h.claReviews()
        .forEach(r -> out.row(CLA_REVIEW, r.claReviewId(), id, r.review(), r.reviewCode()));
    h.claVisits()
        .forEach(
            v -> out.row(CLA_VISIT, v.claVisitId(), id, v.visitDate(), v.seen(), v.seenAlone()));
    h.healthChecks()
        .forEach(
            c ->
                out.row(
                    HEALTH_CHECK,
                    c.healthCheckId(),
                    id,
                    c.checkType(),
                    c.checkDate(),
                    c.sdqScore()));
    h.peps().forEach(p -> out.row(PEP, p.pepId(), id, p.pepDate()));
    h.missingEpisodes()
        .forEach(
            m ->
                out.row(
                    MISSING_EPISODE,
                    m.missingEpisodeId(),
                    id,
                    m.missing(),
                    m.misStart(),
                    m.misEnd(),
                    m.rhiOffered(),
                    m.rhiAccepted()));
    h.careLeaverContacts()
        .forEach(
            c ->
                out.row(
                    CARE_LEAVER_CONTACT,
                    c.careLeaverContactId(),
                    id,
                    c.contactDate(),
                    c.inTouch(),
                    c.activ(),
                    c.accom(),
                    c.pathwayPlanReviewDate(),
                    c.personalAdvisor()));
    permanence(h, id, out);
  }

  private static void permanence(ChildHistory h, String id, CopyBuffers out) {
    ChildHistory.Adoption a = h.adoption();
    if (a != null) {
      out.row(
          ADOPTION,
          id,
          a.dateInt(),
          a.dateMatch(),
          a.fosterCare(),
          a.nbAdoptr(),
          a.sexAdoptr(),
          a.lsAdoptr(),
          a.datePlaced(),
          a.datePlacedCeased(),
          a.reasonPlacedCeased());
    }
    ChildHistory.PreviousPermanence p = h.previousPermanence();
    if (p != null) {
      out.row(PREVIOUS_PERMANENCE, id, p.prevPerm(), p.laPerm(), p.datePerm());
    }
  }
}
