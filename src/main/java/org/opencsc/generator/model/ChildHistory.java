package org.opencsc.generator.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One child and everything that happened to them, row for row as in the domain schema (V2). Field
 * names are the DfE's in camelCase; nullable fields are documented on the schema columns. Lists are
 * in date order.
 */
public record ChildHistory(
    Child child,
    List<String> disabilities,
    List<Contact> contacts,
    List<EarlyHelpEpisode> earlyHelpEpisodes,
    List<Referral> referrals,
    List<Assessment> assessments,
    List<CinPlan> cinPlans,
    List<CinVisit> cinVisits,
    List<StrategyDiscussion> strategyDiscussions,
    List<Section47> section47s,
    List<Icpc> icpcs,
    List<CpPlan> cpPlans,
    List<CpReview> cpReviews,
    List<CpVisit> cpVisits,
    List<EpisodeOfCare> episodes,
    List<ClaReview> claReviews,
    List<ClaVisit> claVisits,
    List<HealthCheck> healthChecks,
    List<Pep> peps,
    List<MissingEpisode> missingEpisodes,
    List<CareLeaverContact> careLeaverContacts,
    Adoption adoption,
    PreviousPermanence previousPermanence,
    List<Allocation> allocations) {

  public ChildHistory {
    Objects.requireNonNull(child);
    disabilities = List.copyOf(disabilities);
    contacts = List.copyOf(contacts);
    earlyHelpEpisodes = List.copyOf(earlyHelpEpisodes);
    referrals = List.copyOf(referrals);
    assessments = List.copyOf(assessments);
    cinPlans = List.copyOf(cinPlans);
    cinVisits = List.copyOf(cinVisits);
    strategyDiscussions = List.copyOf(strategyDiscussions);
    section47s = List.copyOf(section47s);
    icpcs = List.copyOf(icpcs);
    cpPlans = List.copyOf(cpPlans);
    cpReviews = List.copyOf(cpReviews);
    cpVisits = List.copyOf(cpVisits);
    episodes = List.copyOf(episodes);
    claReviews = List.copyOf(claReviews);
    claVisits = List.copyOf(claVisits);
    healthChecks = List.copyOf(healthChecks);
    peps = List.copyOf(peps);
    missingEpisodes = List.copyOf(missingEpisodes);
    careLeaverContacts = List.copyOf(careLeaverContacts);
    allocations = List.copyOf(allocations);
  }

  /** sex M/F/U; ethnicity the SSDA903 ETHNIC code; upnUnknown UN1–UN7 when upn is null. */
  public record Child(
      String childId,
      String upn,
      String upnUnknown,
      String sex,
      LocalDate personBirthDate,
      LocalDate expectedPersonBirthDate,
      LocalDate personDeathDate,
      String ethnicity,
      boolean uasc,
      LocalDate duc,
      Boolean mother,
      LocalDate mcDob) {}

  /** outcome: referral, early_help, advice or nfa. */
  public record Contact(
      String contactId, LocalDate contactDate, String contactSource, String outcome) {}

  public record EarlyHelpEpisode(
      String earlyHelpId,
      LocalDate startDate,
      LocalDate endDate,
      String reason,
      String endReason,
      String organisation,
      String workerId) {}

  public record Referral(
      String referralId,
      LocalDate cinReferralDate,
      String referralSource,
      String primaryNeedCode,
      LocalDate cinClosureDate,
      String reasonForClosure,
      boolean referralNfa) {}

  public record Assessment(
      String assessmentId,
      String referralId,
      LocalDate assessmentActualStartDate,
      LocalDate assessmentAuthorisationDate,
      LocalDate childSeenDate,
      Boolean childInNeed,
      List<String> factors) {
    public Assessment {
      factors = List.copyOf(factors);
    }
  }

  public record CinPlan(
      String cinPlanId, String referralId, LocalDate cinPlanStartDate, LocalDate cinPlanEndDate) {}

  public record CinVisit(String cinVisitId, LocalDate visitDate, boolean seen, Boolean seenAlone) {}

  public record StrategyDiscussion(
      String strategyDiscussionId,
      String referralId,
      LocalDate strategyDiscussionDate,
      boolean section47Initiated) {}

  public record Section47(
      String section47Id,
      String referralId,
      String strategyDiscussionId,
      LocalDate s47ActualStartDate,
      LocalDate s47EndDate,
      LocalDate initialCpcTarget,
      LocalDate dateOfInitialCpc,
      boolean icpcNotRequired) {}

  public record Icpc(
      String icpcId,
      String section47Id,
      String referralId,
      LocalDate dateOfInitialCpc,
      boolean outcomeCpPlan) {}

  public record CpPlan(
      String cpPlanId,
      String referralId,
      String icpcId,
      LocalDate cppStartDate,
      LocalDate cppEndDate,
      String initialCategoryOfAbuse,
      String latestCategoryOfAbuse,
      int numberOfPreviousCpp) {}

  public record CpReview(String cpReviewId, String cpPlanId, LocalDate cppReviewDate) {}

  public record CpVisit(
      String cpVisitId, String cpPlanId, LocalDate visitDate, boolean seen, Boolean seenAlone) {}

  /** An SSDA903 episode; plDistance in miles. */
  public record EpisodeOfCare(
      String episodeId,
      LocalDate decom,
      String rne,
      String ls,
      String cin,
      String place,
      String placeProvider,
      LocalDate dec,
      String rec,
      String reasonPlaceChange,
      String homePost,
      String plPost,
      Double plDistance,
      String urn) {}

  public record ClaReview(String claReviewId, LocalDate review, String reviewCode) {}

  public record ClaVisit(String claVisitId, LocalDate visitDate, boolean seen, Boolean seenAlone) {}

  /** checkType: health_assessment, dental, immunisation or sdq (sdqScore only for sdq). */
  public record HealthCheck(
      String healthCheckId, String checkType, LocalDate checkDate, Integer sdqScore) {}

  public record Pep(String pepId, LocalDate pepDate) {}

  public record MissingEpisode(
      String missingEpisodeId,
      String missing,
      LocalDate misStart,
      LocalDate misEnd,
      Boolean rhiOffered,
      Boolean rhiAccepted) {}

  public record CareLeaverContact(
      String careLeaverContactId,
      LocalDate contactDate,
      String inTouch,
      String activ,
      String accom,
      LocalDate pathwayPlanReviewDate,
      String personalAdvisor) {}

  public record Adoption(
      LocalDate dateInt,
      LocalDate dateMatch,
      Boolean fosterCare,
      Integer nbAdoptr,
      String sexAdoptr,
      String lsAdoptr,
      LocalDate datePlaced,
      LocalDate datePlacedCeased,
      String reasonPlacedCeased) {}

  public record PreviousPermanence(String prevPerm, String laPerm, LocalDate datePerm) {}

  /** changeReason: SSDA903 SW_REASON code for the end of the allocation, null while open. */
  public record Allocation(
      String allocationId,
      String workerId,
      String teamId,
      LocalDate startDate,
      LocalDate endDate,
      String changeReason) {}
}
