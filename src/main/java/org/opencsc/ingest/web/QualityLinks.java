package org.opencsc.ingest.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.QualityFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the data quality page and its downloads with a filter in the query string (team,
 * worker, rule, severity and since: none of them a child's data), each value strictly encoded. A
 * child's findings are at {@link #child(String)}: the child ID in the path, never in the query
 * string (a filter's child is left out of {@link #href}). Public so that the page's template can
 * call it.
 */
public record QualityLinks(QualityFilter filter) {

  static final String PAGE = "/data-quality";
  static final String CHILDREN = PAGE + "/children";

  /** The page with the filter: the findings list, its pagination and its download. */
  public String page() {
    return href(PAGE, filter);
  }

  /** The by-team table's download address: its rule and severity filters. */
  public String teams() {
    return href(PAGE + "/teams", filter.anyTeamOrWorker());
  }

  /** The by-worker table's download address: its team, rule and severity filters. */
  public String workers() {
    return href(PAGE + "/workers", filter.anyWorker());
  }

  /** The fixed findings' download address: every filter but since (they are neither). */
  public String fixed() {
    return href(PAGE + "/fixed", filter.anySince());
  }

  /** The page narrowed to the new findings ({@code new}) or the still open ones ({@code open}). */
  public String since(String since) {
    return href(PAGE, filter.withSince(since));
  }

  /**
   * The children list under the filter's team, worker, rule, severity and since; {@code withNone}
   * keeps the children with none of the findings counted.
   */
  public static String children(QualityFilter filter, boolean withNone) {
    String href = href(CHILDREN, filter);
    return withNone ? href + (href.contains("?") ? "&" : "?") + "with-none=true" : href;
  }

  /** The children list with the page's filters: the children behind the findings listed. */
  public String children() {
    return children(filter, false);
  }

  /**
   * The children behind a row of the by-team table (its figures' filters, and the team or the
   * unallocated group); null for the findings about no child, which name none.
   */
  public @Nullable String teamChildren(String teamKey) {
    if (teamKey.equals(QualityFilter.NO_CHILD)) {
      return null;
    }
    QualityFilter f = filter.anyTeamOrWorker();
    return children(
        new QualityFilter(teamKey, null, f.rule(), f.severity(), f.since(), null), false);
  }

  /** The children behind a row of the by-worker table: its filters, and the team and worker. */
  public String workerChildren(@Nullable String teamId, String workerId) {
    return children(
        new QualityFilter(teamId, workerId, filter.rule(), filter.severity(), filter.since(), null),
        false);
  }

  /**
   * The children behind a row of the by-rule table: every filter, with its rule and severity; null
   * when its findings name no child ({@code children} 0).
   */
  public @Nullable String ruleChildren(String rule, String severity, long children) {
    if (children == 0) {
      return null;
    }
    return children(
        new QualityFilter(
            filter.team(), filter.worker(), rule, severityOf(severity), filter.since(), null),
        false);
  }

  /** One child's findings: the ID in the path, encoded as a path segment. */
  public static String child(String childId) {
    return UriComponentsBuilder.fromPath(CHILDREN + "/{id}")
        .encode()
        .buildAndExpand(childId)
        .toUriString();
  }

  /** The by-rule table's download address: every filter. */
  public String rules() {
    return href(PAGE + "/rules", filter);
  }

  /** The page narrowed to one team (or group), keeping the rule and severity. */
  public String team(String teamKey) {
    QualityFilter f = filter.anyTeamOrWorker();
    return href(PAGE, new QualityFilter(teamKey, null, f.rule(), f.severity(), f.since(), null));
  }

  /** The page narrowed to one worker in one team, keeping the rule and severity. */
  public String worker(@Nullable String teamId, String workerId) {
    return href(
        PAGE,
        new QualityFilter(
            teamId, workerId, filter.rule(), filter.severity(), filter.since(), null));
  }

  /** The page narrowed to one rule and severity, keeping the team and worker. */
  public String rule(String rule, String severity) {
    return href(
        PAGE, new QualityFilter(filter.team(), filter.worker(), rule, severityOf(severity)));
  }

  private static Severity severityOf(String label) {
    return Severity.valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  static String href(String path, QualityFilter filter) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "team", filter.team());
    put(values, "worker", filter.worker());
    put(values, "rule", filter.rule());
    Severity severity = filter.severity();
    put(values, "severity", severity == null ? null : severity.label());
    put(values, "since", filter.since());
    UriComponentsBuilder href = UriComponentsBuilder.fromPath(path);
    values.keySet().forEach(name -> href.queryParam(name, "{" + name + "}"));
    return href.encode().buildAndExpand(values).toUriString();
  }

  private static void put(Map<String, String> values, String name, @Nullable String value) {
    if (value != null) {
      values.put(name, value);
    }
  }
}
