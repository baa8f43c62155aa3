package org.opencsc.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trend drawn server-side as an inline SVG line (no script, no style attribute: the page's CSP
 * allows neither), always beside a table of the same points for those who cannot see it. The points
 * are scaled to the box between the lowest and highest value; a point without a value leaves a gap.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param lines each unbroken run of points, as an SVG {@code points} attribute
 * @param lastX the last drawn point's x, for its marker (empty when nothing is drawn)
 * @param lastY its y
 * @param points the recorded points, oldest first, for the table
 */
public record TrendChart(
    int width,
    int height,
    List<String> lines,
    String lastX,
    String lastY,
    List<TrendPoint> points) {

  private static final double MARGIN = 4;

  public static TrendChart of(List<TrendPoint> points, int width, int height) {
    List<TrendPoint> valued = points.stream().filter(p -> p.value() != null).toList();
    if (valued.size() < 2) {
      return new TrendChart(width, height, List.of(), "", "", List.copyOf(points));
    }
    BigDecimal min = valued.stream().map(TrendPoint::value).reduce(BigDecimal::min).orElseThrow();
    BigDecimal max = valued.stream().map(TrendPoint::value).reduce(BigDecimal::max).orElseThrow();
    double low = min.doubleValue();
    double span = max.doubleValue() - low;
    double stepX = (width - 2 * MARGIN) / (points.size() - 1);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double lastX = 0;
    double lastY = 0;
    for (int i = 0; i < points.size(); i++) {
      BigDecimal value = points.get(i).value();
      if (value == null) {
        flush(lines, line);
        continue;
      }
      double x = MARGIN + i * stepX;
      double y =
          span == 0
              ? height / 2.0
              : height - MARGIN - (value.doubleValue() - low) / span * (height - 2 * MARGIN);
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(number(x)).append(',').append(number(y));
      lastX = x;
      lastY = y;
    }
    flush(lines, line);
    return new TrendChart(
        width, height, List.copyOf(lines), number(lastX), number(lastY), List.copyOf(points));
  }

  private static void flush(List<String> lines, StringBuilder line) {
    if (line.indexOf(" ") > 0) { // one point alone is not a line
      lines.add(line.toString());
    }
    line.setLength(0);
  }

  private static String number(double n) {
    return String.format(Locale.ROOT, "%.1f", n);
  }

  /** Whether there is a line to draw (two recorded values or more). */
  public boolean drawn() {
    return !lines.isEmpty();
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }
}
