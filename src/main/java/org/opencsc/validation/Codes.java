package org.opencsc.validation;

/**
 * The DfE's code lists of a collection year (kept by the ingest as data, one file per year), as
 * rules ask them: is this a valid code of this field?
 */
@FunctionalInterface
public interface Codes {

  /** Codes unknown to the rules: every code is taken as valid (tests of rules that need none). */
  Codes ANY = (field, code) -> true;

  boolean valid(String field, String code);
}
