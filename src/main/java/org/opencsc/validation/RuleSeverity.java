package org.opencsc.validation;

/**
 * The DfE's two kinds of finding: an error must be fixed before the return is accepted, and keeps
 * the record out of OpenCSC's snapshot; a query asks the council to confirm an unusual value, and
 * the record is loaded and flagged.
 */
public enum RuleSeverity {
  ERROR("error"),
  QUERY("query");

  private final String id;

  RuleSeverity(String id) {
    this.id = id;
  }

  /** As the ingest's findings name it. */
  public String id() {
    return id;
  }
}
