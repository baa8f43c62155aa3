package org.opencsc.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule class implements: the DfE's code, the fields it reads (as the DfE's guide lists
 * them), what it needs beyond the return, and what a council should do about a finding. The message
 * and the years come from the DfE's catalogue and the return's year list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DfeRule {

  /** The DfE's code, exactly: {@code 1003}, {@code 197a}, {@code SW01aSTG1}, {@code 8525Q}. */
  String code();

  /** The fields (SSDA903 columns, CIN census elements) the rule reads. */
  String[] fields();

  /** Data beyond the return that the rule cannot run without. */
  Need[] needs() default {};

  /**
   * What to do about a finding, when the message alone does not say: which record is usually the
   * wrong one, and where to correct it.
   */
  String advice() default "";
}
