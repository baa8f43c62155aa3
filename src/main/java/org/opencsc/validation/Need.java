package org.opencsc.validation;

/**
 * Data a rule needs beyond the return itself. A rule whose need is not supplied does not run, and
 * the run says so once (not once per child).
 */
public enum Need {
  /** The council's return for the year before ({@code validate --previous DIR}). */
  PREVIOUS_RETURN("the previous year's return (validate --previous DIR)"),
  /**
   * The ONS Postcode Directory (or part of it): the distance from home to placement, the
   * placement's authority and whether it is the council's own are worked out from the postcodes.
   */
  POSTCODES("postcode reference data (validate --postcodes FILE)"),
  /**
   * Ofsted's lists of registered children's social care providers: each URN with its placement
   * types, provider codes, postcode, end of registration and local authority.
   */
  PROVIDERS("Ofsted's provider lists (validate --providers FILE)");

  private final String description;

  Need(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
