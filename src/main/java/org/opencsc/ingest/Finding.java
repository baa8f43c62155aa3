package org.opencsc.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in the input: where (file, row), whose (child), what (field, value), which rule
 * and why.
 *
 * @param row the data row in a CSV file (1 = the first row after the header) or the child's
 *     position in an XML file (1 = the first child); null when the problem is the whole file
 * @param rule a short stable code, e.g. {@code DATE_FORMAT}, {@code UNKNOWN_CODE}, {@code
 *     CHILD_NOT_IN_HEADER}
 */
public record Finding(
    String file,
    @Nullable Long row,
    @Nullable String childId,
    @Nullable String field,
    @Nullable String value,
    String rule,
    Severity severity,
    String message) {

  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with the whole file. */
  public static Finding file(String file, String rule, String message) {
    return new Finding(file, null, null, null, null, rule, Severity.FILE, message);
  }

  /** One line for logs and the command line: file, row, child, field, value, reason. */
  public String describe() {
    StringBuilder sb = new StringBuilder(file);
    if (row != null) {
      sb.append(" row ").append(row);
    }
    if (childId != null) {
      sb.append(" child ").append(childId);
    }
    if (field != null) {
      sb.append(" field ").append(field);
    }
    if (value != null) {
      sb.append(" value '").append(value).append('\'');
    }
    return sb.append(": ")
        .append(severity.label())
        .append(' ')
        .append(rule)
        .append(": ")
        .append(message)
        .toString();
  }
}
