package org.opencsc.reports;

/** The reports OpenCSC makes for those who govern the service. */
public enum ReportKind {
  /** The improvement board's monthly pack: every indicator, by theme. */
  BOARD_PACK("board-pack"),
  /** A scrutiny committee's report: one theme over a chosen period, by service area and team. */
  SCRUTINY("scrutiny");

  private final String id;

  ReportKind(String id) {
    this.id = id;
  }

  /** The name kept in {@code report.kind} and used in file names. */
  public String id() {
    return id;
  }

  public static ReportKind of(String id) {
    for (ReportKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no report kind '" + id + "'");
  }
}
