package org.opencsc.generator.internal;

import org.opencsc.generator.GeneratorSettings;

/**
 * The simulated period in epoch days: from periodStart (six years before asAt) to asAt, and the
 * collection year whose children are generated (those with activity in it).
 */
record Window(int periodStart, int yearStart, int yearEnd, int asAt) {

  static Window of(GeneratorSettings settings) {
    return new Window(
        (int) settings.asAt().minusYears(Calibration.YEARS_SIMULATED).toEpochDay(),
        (int) settings.collectionYearStart().toEpochDay(),
        (int) settings.collectionYearEnd().toEpochDay(),
        (int) settings.asAt().toEpochDay());
  }

  JourneySimulator simulator() {
    return new JourneySimulator(yearStart, yearEnd, asAt);
  }
}
