package org.opencsc.calendar.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.opencsc.calendar.CalendarProperties;
import org.opencsc.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the configured bank holidays once ({@link CalendarProperties}) and hands out {@link
 * WorkingDays}. Warns when the data ends within a year of today.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  NonWorkingDays nonWorkingDays(CalendarProperties properties, ObjectProvider<Clock> clock) {
    Path path = properties.bankHolidays();
    BankHolidayFile file = path == null ? BankHolidayFile.shipped() : BankHolidayFile.read(path);
    NonWorkingDays days = new NonWorkingDays(file, properties.extraClosureDays());
    warnIfEndingWithinAYear(days, LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone)));
    return days;
  }

  @Bean
  WorkingDays workingDays(NonWorkingDays days) {
    return days.workingDays();
  }

  static void warnIfEndingWithinAYear(NonWorkingDays days, LocalDate today) {
    Optional<LocalDate> last = days.workingDays().lastHolidayCovered();
    if (last.isEmpty() || last.get().isBefore(today.plusYears(1))) {
      log.warn(
          "Bank holidays are known only up to {} ({}): working days after it are counted as if"
              + " there were no bank holidays. Add the next year's from"
              + " https://www.gov.uk/bank-holidays.json (see docs/calendar.md).",
          last.map(LocalDate::toString).orElse("no date at all"),
          days.file().source());
    }
  }
}
