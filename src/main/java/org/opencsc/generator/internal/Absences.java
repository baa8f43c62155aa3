package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.model.Organisation.WorkerAbsence;

/**
 * Who was absent on each census day (30 September) of the period, and why: about one employed
 * worker in twenty-five, most often sick or on maternity or paternity leave. Agency workers are not
 * asked (the census does not collect their absence). Draws from a stream of its own, so that the
 * rest of the organisation does not change with it.
 */
final class Absences {

  /** Share of employed workers in post on 30 September who are absent that day. */
  static final double ABSENT = 0.04;

  private static final Weighted REASONS =
      new Weighted("SIC:45", "MAT:30", "OTH:10", "TRN:7", "UNP:4", "PUB:2", "UNA:2");

  private Absences() {}

  static List<WorkerAbsence> of(Workforce workforce, Rand rand, int periodStart, int asAt) {
    List<WorkerAbsence> absences = new ArrayList<>();
    LocalDate last = CensusYear.ending(LocalDate.ofEpochDay(asAt)).referenceDate();
    LocalDate day = last;
    while (day.minusYears(1).toEpochDay() >= periodStart) {
      day = day.minusYears(1);
    }
    for (; !day.isAfter(last); day = day.plusYears(1)) {
      for (Staff staff : workforce.staff) {
        if (!staff.agency && staff.inPost((int) day.toEpochDay()) && rand.chance(ABSENT)) {
          absences.add(new WorkerAbsence(staff.id, day, REASONS.pick(rand)));
        }
      }
    }
    return absences;
  }
}
