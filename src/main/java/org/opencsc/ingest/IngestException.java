package org.opencsc.ingest;

/** A run that could not start: no such folder, another refresh running, no database. */
public class IngestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
