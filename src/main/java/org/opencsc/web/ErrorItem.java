package org.opencsc.web;

import java.util.Objects;

/**
 * One entry of the {@code govuk/error-summary} fragment: the message key of the error and the
 * {@code #id} of the field it links to.
 */
public record ErrorItem(String messageKey, String href) {

  public ErrorItem {
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(href, "href");
  }
}
