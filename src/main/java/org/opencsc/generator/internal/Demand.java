package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A pilot run that sizes the workforce: the journeys of a sample of the children, and how many of
 * their cases each service area holds on average at the month ends of the collection year.
 */
final class Demand {

  static final int SAMPLE = 6_000;

  private Demand() {}

  static double[] openCases(long seed, int children, Window window) {
    int sample = Math.min(children, SAMPLE);
    int[] census = monthEnds(window);
    double[][] counts =
        IntStream.range(0, sample)
            .parallel()
            .mapToObj(i -> count((int) ((long) i * children / sample), seed, window, census))
            .toArray(double[][]::new);
    double[] open = new double[ServiceAreas.COUNT];
    for (double[] child : counts) {
      for (int a = 0; a < open.length; a++) {
        open[a] += child[a];
      }
    }
    double scale = children / (double) sample / census.length;
    for (int a = 0; a < open.length; a++) {
      open[a] *= scale;
    }
    return open;
  }

  private static double[] count(int index, long seed, Window window, int[] census) {
    Journey journey = ChildAssembler.journey(seed, index, window);
    double[] open = new double[ServiceAreas.COUNT];
    for (int[] segment : Segments.of(journey, window.periodStart(), window.asAt())) {
      for (int day : census) {
        if (segment[0] <= day && (segment[1] == NONE || segment[1] > day)) {
          open[segment[2]]++;
        }
      }
    }
    return open;
  }

  private static int[] monthEnds(Window window) {
    int[] days = new int[12];
    LocalDate month = LocalDate.ofEpochDay(window.yearStart());
    for (int i = 0; i < 12; i++) {
      days[i] =
          (int)
              month.plusMonths(i).withDayOfMonth(month.plusMonths(i).lengthOfMonth()).toEpochDay();
    }
    return days;
  }
}
