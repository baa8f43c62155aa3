package org.opencsc.ingest.internal;

/**
 * The served run's findings against the previous loaded run's, under the page's filters: new since
 * the last load, found by it too (still open), and found by it but not now (fixed).
 */
public record QualityHistory(long newFindings, long stillOpen, long fixed) {}
