package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.XmlNode;

/**
 * The CINdetails being read: its child, its position within the child ({@code cin_seq}), its
 * referral date (which nothing in it may precede) and its referral's identifier, from which the
 * identifiers of the records below it are made: {@code <referral>/A/2025-05-02/1} is the first
 * assessment kept that starts that day ({@code A} assessment, {@code N} CIN plan, {@code S} section
 * 47 enquiry, {@code P} protection plan).
 */
final class Episode {

  /** Stages one element of an episode, given its position among its kind (from 1). */
  interface Part {
    void stage(XmlNode element, Episode episode, int seq) throws SQLException;
  }

  private final ChildScope scope;
  private final int seq;
  private final LocalDate referral;
  private final String referralId;
  private final Map<String, Integer> sameDay = new HashMap<>();
  private final Map<LocalDate, String> conferences = new HashMap<>();

  Episode(ChildScope scope, int seq, LocalDate referral, String referralId) {
    this.scope = scope;
    this.seq = seq;
    this.referral = referral;
    this.referralId = referralId;
  }

  ChildScope scope() {
    return scope;
  }

  int seq() {
    return seq;
  }

  LocalDate referral() {
    return referral;
  }

  String referralId() {
    return referralId;
  }

  /** Stages each element of that name in the CINdetails, in document order. */
  void each(XmlNode details, String name, Part part) throws SQLException {
    int n = 0;
    for (XmlNode element : details.all(name)) {
      if (!scope.keptOut().contains(element)) {
        part.stage(element, this, ++n);
      }
    }
  }

  /** The identifier of the next record of {@code kind} kept that starts on {@code start}. */
  String id(String kind, LocalDate start) {
    String day = kind + '/' + start;
    int n = sameDay.merge(day, 1, Integer::sum);
    return referralId + '/' + day + '/' + n;
  }

  /** An enquiry kept that held its initial conference on {@code date} (the first one counts). */
  void conference(LocalDate date, String section47Id) {
    conferences.putIfAbsent(date, section47Id);
  }

  /** The initial conference of this episode held on {@code date}, if an enquiry kept holds one. */
  @Nullable String icpcOn(LocalDate date) {
    String section47 = conferences.get(date);
    return section47 == null ? null : section47 + "/I";
  }
}
