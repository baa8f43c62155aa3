package org.opencsc.validation;

/** The statutory returns whose DfE rules OpenCSC runs. */
public enum ReturnType {
  SSDA903("SSDA903", "ssda903"),
  CIN("CIN census", "cin");

  private final String title;
  private final String id;

  ReturnType(String title, String id) {
    this.title = title;
    this.id = id;
  }

  public String title() {
    return title;
  }

  /** Lower-case id, as in resource names ({@code catalogue-ssda903-2025-26.tsv}). */
  public String id() {
    return id;
  }
}
