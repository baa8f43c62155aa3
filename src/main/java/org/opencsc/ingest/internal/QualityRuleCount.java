package org.opencsc.ingest.internal;

/**
 * A row of the data quality page's by-rule table: the findings of one rule and severity the login
 * may see, and how many children they name (0 when none names a child: a whole file, or rows that
 * name no child).
 *
 * @param severity the severity's label: {@code error}, {@code query} or {@code file}
 */
public record QualityRuleCount(String rule, String severity, long findings, long children) {}
