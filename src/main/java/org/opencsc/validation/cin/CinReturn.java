package org.opencsc.validation.cin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Codes;
import org.opencsc.validation.Need;
import org.opencsc.validation.ReturnYear;

/**
 * A council's CIN census as the rules see it beside each child: its header, collection year and
 * reference date, and the year's code lists. The children themselves are read and checked one at a
 * time ({@link CinChild}); a census is never held whole.
 *
 * @param header the census's {@code Header} element
 * @param referenceDate the header's {@code ReferenceDate} (31 March), null when missing or invalid
 */
public record CinReturn(
    ReturnYear year, XmlNode header, @Nullable LocalDate referenceDate, Codes codes) {

  /** The census period's first day: 1 April of the collection year. */
  public LocalDate periodStart() {
    return year.start();
  }

  /** The census period's last day: the reference date, or 31 March of the collection year. */
  public LocalDate periodEnd() {
    return referenceDate != null ? referenceDate : year.end();
  }

  /** What the rules may use beyond the census: nothing yet. */
  public Set<Need> supplied() {
    return Collections.unmodifiableSet(EnumSet.noneOf(Need.class));
  }
}
