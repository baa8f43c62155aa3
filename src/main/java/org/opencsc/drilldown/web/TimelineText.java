package org.opencsc.drilldown.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.drilldown.TimelineEntry;
import org.opencsc.drilldown.TimelineKind;
import org.opencsc.ingest.CodeMeanings;
import org.opencsc.ingest.CodeMeanings.Return;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A child's record in words, the same on the page and in its downloads: each kind of record and
 * each detail's label from messages-child.properties, codes decoded by the DfE code lists of the
 * record's collection year ({@link CodeMeanings}: "Full care order (C2)"), yes/no and the outcome
 * words OpenCSC records itself (a contact's outcome, an assessment's) from the messages, dates as
 * "5 Mar 2026".
 */
@Component
class TimelineText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** The details that hold a code of a DfE code list: which return's list, and which field. */
  private static final Map<String, Code> CODES =
      Map.ofEntries(
          Map.entry("contact_source", new Code(Return.CIN, "ReferralSource")),
          Map.entry("referral_source", new Code(Return.CIN, "ReferralSource")),
          Map.entry("primary_need", new Code(Return.CIN, "PrimaryNeedCode")),
          Map.entry("closure_reason", new Code(Return.CIN, "ReasonForClosure")),
          Map.entry("initial_category", new Code(Return.CIN, "InitialCategoryOfAbuse")),
          Map.entry("latest_category", new Code(Return.CIN, "LatestCategoryOfAbuse")),
          Map.entry("rne", new Code(Return.SSDA903, "RNE")),
          Map.entry("legal_status", new Code(Return.SSDA903, "LS")),
          Map.entry("placement", new Code(Return.SSDA903, "PLACE")),
          Map.entry("place_provider", new Code(Return.SSDA903, "PLACE_PROVIDER")),
          Map.entry("category_of_need", new Code(Return.SSDA903, "CIN")),
          Map.entry("reason_place_change", new Code(Return.SSDA903, "REASON_PLACE_CHANGE")),
          Map.entry("reason_ceased", new Code(Return.SSDA903, "REC")),
          Map.entry("review_code", new Code(Return.SSDA903, "REVIEW_CODE")),
          Map.entry("missing", new Code(Return.SSDA903, "MISSING")),
          Map.entry("in_touch", new Code(Return.SSDA903, "IN_TOUCH")),
          Map.entry("activity", new Code(Return.SSDA903, "ACTIV")),
          Map.entry("accommodation", new Code(Return.SSDA903, "ACCOM")),
          Map.entry("change_reason", new Code(Return.SSD, "invo_worker_change_reason")));

  /** The details whose values are OpenCSC's own words ({@code timeline.value.<field>.<value>}). */
  private static final Set<String> WORDS =
      Set.of("contact_outcome", "assessment_outcome", "check_type");

  private record Code(Return source, String field) {}

  private final MessageSource messages;
  private final CodeMeanings codes;

  TimelineText(MessageSource messages, CodeMeanings codes) {
    this.messages = messages;
    this.codes = codes;
  }

  /** "Assessment", "Episode of care", ... */
  String kind(TimelineKind kind) {
    return message("timeline.kind." + kind.key());
  }

  /** The entry's details as one line: "Legal status: Full care order (C2); Placement: ...". */
  String details(TimelineEntry entry) {
    return entry.details().stream()
        .map(
            detail ->
                message("timeline.field." + detail.field())
                    + ": "
                    + value(detail.field(), detail.value(), entry.date()))
        .collect(Collectors.joining("; "));
  }

  /**
   * A code of one of the fields {@link #CODES} names in words, as of a date ("Full care order
   * (C2)"); the code alone when its list does not know it; null for no code.
   */
  @Nullable String code(String field, @Nullable String code, LocalDate on) {
    return code == null ? null : value(field, code, on);
  }

  String date(LocalDate date) {
    return DATE.format(date);
  }

  private String value(String field, String value, LocalDate on) {
    Code code = CODES.get(field);
    if (code != null) {
      return codes
          .meaning(code.source(), code.field(), value, on)
          .map(meaning -> meaning + " (" + value + ")")
          .orElse(value);
    }
    if (WORDS.contains(field)) {
      return message("timeline.value." + field + "." + value, value);
    }
    if (field.endsWith("_date")) {
      return date(LocalDate.parse(value));
    }
    if (value.equals("true") || value.equals("false")) {
      return message("timeline.value." + value);
    }
    return value;
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private String message(String key, String fallback) {
    String text = messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    return text == null ? fallback : text;
  }
}
