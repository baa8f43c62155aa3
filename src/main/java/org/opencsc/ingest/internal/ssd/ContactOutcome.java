package org.opencsc.ingest.internal.ssd;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the front door decided, from {@code cont_contact_outcome_json}: a JSON object of Y/N flags
 * with the SSD's standard keys ({@code NEW_REFERRAL_FLAG}, {@code EXISTING_REFERRAL_FLAG}, {@code
 * CP_ENQUIRY_FLAG}, {@code NFA_FLAG}, {@code ADVICE_FLAG}, {@code OLA_CP_FLAG}, …) and OpenCSC's
 * {@code EARLY_HELP_FLAG} (the SSD has no standard key for a contact passed to early help). The
 * first that applies of: referral, early help, advice, no further action.
 */
final class ContactOutcome {

  /** The outcome, or why there is none. */
  record Read(@Nullable String outcome, @Nullable String problem) {}

  private static final Set<String> YES = Set.of("Y", "YES", "1", "TRUE");

  private ContactOutcome() {}

  static Read read(String json) {
    JsonNode node;
    try {
      node = JsonMapper.shared().readTree(json);
    } catch (JacksonException e) {
      return new Read(null, "not a JSON object of outcome flags");
    }
    if (node == null || !node.isObject()) {
      return new Read(null, "not a JSON object of outcome flags");
    }
    if (set(node, "NEW_REFERRAL_FLAG")
        || set(node, "EXISTING_REFERRAL_FLAG")
        || set(node, "CP_ENQUIRY_FLAG")
        || set(node, "OLA_CP_FLAG")) {
      return new Read("referral", null);
    }
    if (set(node, "EARLY_HELP_FLAG")) {
      return new Read("early_help", null);
    }
    if (set(node, "ADVICE_FLAG")) {
      return new Read("advice", null);
    }
    if (set(node, "NFA_FLAG")) {
      return new Read("nfa", null);
    }
    return new Read("nfa", "no outcome flag is set (referral, early help, advice or NFA)");
  }

  private static boolean set(JsonNode node, String key) {
    return YES.contains(node.path(key).asString("").strip().toUpperCase(Locale.ROOT));
  }
}
