package org.opencsc.ingest.internal;

/**
 * How many findings of one rule and severity a run recorded.
 *
 * @param severity the severity's label: {@code error}, {@code query} or {@code file}
 */
public record FindingCount(String rule, String severity, long findings) {}
