package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.model.Organisation.Supervision;

/**
 * Supervision sessions: every practitioner and team manager is supervised by their manager in post
 * about every 20 working days (the local standard), with some sessions late.
 */
final class Supervisions {

  static final int STANDARD_WORKING_DAYS = 20;
  static final double LATE = 0.15;

  private Supervisions() {}

  static List<Supervision> of(Workforce workforce, Rand rand, int periodStart, int asAt) {
    WorkingDays days = WorkingDays.ENGLAND;
    List<Supervision> sessions = new ArrayList<>();
    for (Staff staff : workforce.staff) {
      if (staff.role < 3) {
        continue;
      }
      int last = staff.end == NONE ? asAt : Math.min(staff.end, asAt);
      int day = days.plus(Math.max(staff.start, periodStart), rand.between(5, 20));
      while (day <= last) {
        Staff manager = workforce.managerOf(staff.area, staff.team, day, staff.role);
        if (manager != null) {
          String id = String.format("SV%08d", sessions.size() + 1);
          sessions.add(new Supervision(id, staff.id, manager.id, LocalDate.ofEpochDay(day)));
        }
        int interval = STANDARD_WORKING_DAYS - rand.between(0, 3);
        if (rand.chance(LATE)) {
          interval += rand.between(3, 25);
        }
        day = days.plus(day, interval);
      }
    }
    return sessions;
  }
}
