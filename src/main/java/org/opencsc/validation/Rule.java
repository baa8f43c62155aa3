package org.opencsc.validation;

/**
 * One DfE rule, applied to one child's records ({@code C}: an SSDA903 child, a CIN census child).
 * Implementations are small classes annotated with {@link DfeRule}; they report what they find
 * through {@link RuleOutput} and keep no state between children (children are checked on several
 * threads at once).
 */
@FunctionalInterface
public interface Rule<C> {

  void check(C child, RuleOutput out);
}
