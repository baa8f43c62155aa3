package org.opencsc.indicators;

/** Nothing has been loaded yet, so there is nothing to count. */
public class NoDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoDataException(String message) {
    super(message);
  }
}
