package org.opencsc.validation;

/**
 * Data a rule needs beyond the return itself. A rule whose need is not supplied does not run, and
 * the run says so once (not once per child).
 */
public enum Need {
  /** The council's return for the year before ({@code validate --previous DIR}). */
  PREVIOUS_RETURN("the previous year's return (validate --previous DIR)"),
  /** Postcode centroids, to measure the distance from home to placement. */
  POSTCODES("postcode reference data (opencsc.validation.postcodes)"),
  /** Ofsted's lists of registered providers and their URNs. */
  PROVIDERS("Ofsted's provider lists (opencsc.validation.providers)");

  private final String description;

  Need(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
