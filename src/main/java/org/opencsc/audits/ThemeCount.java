package org.opencsc.audits;

/** A learning theme and the number of graded audits tagged with it. */
public record ThemeCount(String name, long audits) {}
