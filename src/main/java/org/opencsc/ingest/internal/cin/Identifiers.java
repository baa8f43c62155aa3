package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.XmlNode;

/**
 * The values of {@code ChildIdentifiers} that need more than a plain check: Sex, which replaced
 * GenderCurrent in the 2024-25 census, and the identifiers that only help matching (UPN, FormerUPN,
 * UPNunknown), which a child is loaded without when they are malformed.
 */
final class Identifiers {

  /** A letter, eleven digits and a check digit or letter. */
  private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");

  /**
   * GenderCurrent (to 2023-24) as Sex: 1 male, 2 female, 0 not recorded or unborn, 9 indeterminate.
   */
  static final Map<String, String> GENDER_AS_SEX = Map.of("1", "M", "2", "F", "0", "U", "9", "U");

  private Identifiers() {}

  /** Sex (M, F, U) from Sex, or from GenderCurrent in a year whose code lists still have it. */
  static @Nullable String sex(XmlNode ids, Fields f, ChildScope scope) throws SQLException {
    String sex = ids.text("Sex");
    String gender = ids.text("GenderCurrent");
    String expected = scope.codes().covers("Sex") ? "Sex" : "GenderCurrent";
    if (sex == null && gender == null) {
      f.refuse(expected, null, "MISSING_VALUE", expected + " is required");
      return null;
    }
    String given = sex != null ? "Sex" : "GenderCurrent";
    if (!scope.codes().covers(given)) {
      f.refuse(
          given,
          sex != null ? sex : gender,
          "FIELD_NOT_IN_YEAR",
          "the " + scope.year() + " census records " + expected + ", not " + given);
      return null;
    }
    if (sex != null) {
      return f.code("Sex", true);
    }
    String code = f.code("GenderCurrent", true);
    String mapped = code == null ? null : GENDER_AS_SEX.get(code);
    if (code != null && mapped == null) {
      f.refuse("GenderCurrent", code, "UNKNOWN_CODE", "GenderCurrent " + code + " has no Sex");
    } else if (code != null && scope.codes().covers("Sex")) {
      scope.query(
          "GenderCurrent",
          code,
          "GENDER_CURRENT_REPLACED",
          "Sex replaced GenderCurrent in the 2024-25 census: "
              + code
              + " is read as Sex "
              + mapped);
    }
    return mapped;
  }

  static @Nullable String upn(XmlNode ids, String name, ChildScope scope) throws SQLException {
    String text = ids.text(name);
    if (text == null) {
      return null;
    }
    String upn = text.toUpperCase(Locale.ROOT);
    if (UPN.matcher(upn).matches()) {
      return upn;
    }
    scope.query(
        name,
        text,
        "UPN_FORMAT",
        name + " is a letter, eleven digits and a digit or letter: the child is loaded without it");
    return null;
  }

  static @Nullable String optionalCode(XmlNode ids, String name, ChildScope scope)
      throws SQLException {
    String text = ids.text(name);
    if (text == null || scope.codes().allows(name, text)) {
      return text;
    }
    scope.query(
        name,
        text,
        "UNKNOWN_CODE",
        "not one of the "
            + name
            + " codes of the "
            + scope.year()
            + " census: the child is loaded without it");
    return null;
  }
}
