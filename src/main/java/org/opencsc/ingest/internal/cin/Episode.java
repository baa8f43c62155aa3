package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The CINdetails that holds an element: its child, its position within the child ({@code cin_seq})
 * and its referral date, which nothing in it may precede.
 */
record Episode(ChildScope scope, int seq, LocalDate referral) {

  /** Stages one element of an episode, given its position among its kind (from 1). */
  interface Part {
    void stage(XmlNode element, Episode episode, int seq) throws SQLException;
  }

  /** Stages each element of that name in the CINdetails, in document order. */
  void each(XmlNode details, String name, Part part) throws SQLException {
    int seq = 0;
    for (XmlNode element : details.all(name)) {
      part.stage(element, this, ++seq);
    }
  }

  /** A staging row: the file, the child's row, the child, this episode's position, then values. */
  @Nullable Object[] row(@Nullable Object... values) {
    @Nullable Object[] row = new Object[4 + values.length];
    row[0] = scope.file().name();
    row[1] = scope.row();
    row[2] = scope.childId();
    row[3] = seq;
    System.arraycopy(values, 0, row, 4, values.length);
    return row;
  }
}
