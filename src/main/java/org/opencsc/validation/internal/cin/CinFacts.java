package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** What several CIN census rules read the same way. */
final class CinFacts {

  private CinFacts() {}

  /** An {@code xs:boolean} that is true: {@code true} or {@code 1}. */
  static boolean isTrue(@Nullable String flag) {
    return "true".equals(flag) || "1".equals(flag);
  }

  /** An {@code xs:boolean} that is false: {@code false} or {@code 0}. */
  static boolean isFalse(@Nullable String flag) {
    return "false".equals(flag) || "0".equals(flag);
  }

  /** {@code from <= date <= to} */
  static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** The child's {@code ChildIdentifiers}, or the {@code Child} itself when it has none. */
  static XmlNode identifiers(CinChild child) {
    XmlNode identifiers = child.identifiers();
    return identifiers == XmlNode.ABSENT ? child.node() : identifiers;
  }

  /** The child's {@code ChildCharacteristics}, or the {@code Child} itself when it has none. */
  static XmlNode characteristics(CinChild child) {
    XmlNode characteristics = child.characteristics();
    return characteristics == XmlNode.ABSENT ? child.node() : characteristics;
  }

  /** The working day before {@code day} in England (weekends and bank holidays skipped). */
  static LocalDate workingDayBefore(LocalDate day) {
    return EnglandWorkingDays.before(day, 1);
  }
}
