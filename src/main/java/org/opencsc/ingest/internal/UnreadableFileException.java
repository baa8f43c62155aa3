package org.opencsc.ingest.internal;

/**
 * A file that cannot be used at all: wrong structure, not well-formed, truncated, refused (an XML
 * document type declaration). The message names what is wrong; the file's rows are rolled back.
 */
public final class UnreadableFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public UnreadableFileException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public UnreadableFileException(String rule, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
  }

  /** A short stable code, e.g. {@code MISSING_COLUMNS}, {@code XML_NOT_WELL_FORMED}. */
  public String rule() {
    return rule;
  }
}
