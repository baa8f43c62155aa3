package org.opencsc.generator;

/**
 * Loading a generated council into a new snapshot failed. The snapshot was marked failed and the
 * snapshot served before is still served. The message says why in one line.
 */
public class LoadFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LoadFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
