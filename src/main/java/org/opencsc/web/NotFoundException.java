package org.opencsc.web;

/** Thrown by a controller when the thing a URL names does not exist; rendered as a GOV.UK 404. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what);
  }
}
