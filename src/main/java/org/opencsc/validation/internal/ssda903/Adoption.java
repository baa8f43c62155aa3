package org.opencsc.validation.internal.ssda903;

/** The adoption (AD1) items, which several rules check together. */
final class Adoption {

  static final String[] FIELDS = {
    "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"
  };

  private Adoption() {}
}
