package org.opencsc.council.web;

import java.nio.charset.StandardCharsets;
import org.opencsc.web.Breadcrumb;
import org.springframework.web.util.UriUtils;

/** The links back up the drill path: council structure, service area, team. */
final class Breadcrumbs {

  private Breadcrumbs() {}

  static Breadcrumb structure() {
    return Breadcrumb.message("structure.title", "/structure");
  }

  static Breadcrumb serviceArea(String serviceAreaId, String name) {
    return Breadcrumb.text(name, "/service-areas/" + segment(serviceAreaId));
  }

  static Breadcrumb team(String teamId, String name) {
    return Breadcrumb.text(name, "/teams/" + segment(teamId));
  }

  private static String segment(String id) {
    return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
