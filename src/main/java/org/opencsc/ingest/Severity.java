package org.opencsc.ingest;

/** How bad a finding is, as the DfE distinguishes them, plus whole files that could not be used. */
public enum Severity {
  /** The record is kept out of the snapshot; the rest loads. */
  ERROR,
  /** The record is loaded and flagged for someone to check. */
  QUERY,
  /** The whole file could not be used: it changes nothing. */
  FILE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
