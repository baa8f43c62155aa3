package org.opencsc.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which days are not working days.
 *
 * @param bankHolidays a CSV file of bank holidays ({@code date,title}, lines starting with {@code
 *     #} are comments) to use instead of the shipped England and Wales list; unset: the shipped
 *     list
 * @param extraClosureDays further days the council treats as non-working (for example the days
 *     between Christmas and New Year), as {@code yyyy-mm-dd}; Saturdays and Sundays are ignored
 */
@ConfigurationProperties("opencsc.calendar")
public record CalendarProperties(
    @Nullable Path bankHolidays, @DefaultValue List<LocalDate> extraClosureDays) {

  public CalendarProperties {
    extraClosureDays = List.copyOf(Objects.requireNonNull(extraClosureDays, "extraClosureDays"));
  }
}
