package org.opencsc.generator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A child's coarse life history in epoch days, before it becomes rows: referral cycles, periods of
 * care and the care-leaver years. Dates may lie after asAt; the row assembly censors them.
 */
final class Journey {

  /** No date. */
  static final int NONE = Integer.MIN_VALUE;

  final int birth;
  final boolean preBirth;
  final boolean uasc;
  final boolean disabledTeam;
  final List<Need> needs = new ArrayList<>();
  final List<CarePeriod> care = new ArrayList<>();
  int leaverStart = NONE;
  int leaverEnd = NONE;

  Journey(int birth, boolean preBirth, boolean uasc, boolean disabledTeam) {
    this.birth = birth;
    this.preBirth = preBirth;
    this.uasc = uasc;
    this.disabledTeam = disabledTeam;
  }

  int eighteenth() {
    return birthday(18);
  }

  int birthday(int age) {
    return (int) java.time.LocalDate.ofEpochDay(birth).plusYears(age).toEpochDay();
  }

  /** One referral and what followed it, to its closure. */
  static final class Need {
    int earlierContact = NONE;
    String earlierOutcome;
    int earlyHelpStart = NONE;
    int earlyHelpEnd = NONE;
    int contact;
    int referral;
    boolean nfa;
    int assessmentStart = NONE;
    int assessmentAuth = NONE;
    int childSeen = NONE;
    boolean inNeed;
    int strategyDiscussion = NONE;
    boolean section47;
    int s47Start = NONE;
    int s47End = NONE;
    int icpc = NONE;
    int cpStart = NONE;
    int cpEnd = NONE;
    int previousCpp;
    int cinStart = NONE;
    int cinEnd = NONE;
    int careIndex = -1;
    int closure = NONE;
    String closureReason;
  }

  /** A period of care: contiguous SSDA903 episodes from a start (RNE S) to a REC other than X1. */
  static final class CarePeriod {
    int start;
    int end;
    String rec;
    int instability;
    boolean missingProne;
    int placedForAdoption = NONE;
    final List<Episode> episodes = new ArrayList<>();
  }

  /** One SSDA903 episode; it ends where the next begins, the last at the period's end. */
  static final class Episode {
    int decom;
    String rne;
    String ls;
    String place;
    String provider;
    String reasonPlaceChange;
    double distance;
    String plPost;
    String urn;
  }
}
