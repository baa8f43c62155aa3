package org.opencsc.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One link of the {@code govuk/breadcrumbs} fragment: either a message key (fixed text such as
 * "Council structure") or a name from the data (a team's name), and where it leads.
 */
public record Breadcrumb(@Nullable String messageKey, @Nullable String text, String href) {

  public Breadcrumb {
    Objects.requireNonNull(href, "href");
    if ((messageKey == null) == (text == null)) {
      throw new IllegalArgumentException("a breadcrumb has either a message key or a text");
    }
  }

  public static Breadcrumb message(String messageKey, String href) {
    return new Breadcrumb(messageKey, null, href);
  }

  public static Breadcrumb text(String text, String href) {
    return new Breadcrumb(null, text, href);
  }
}
