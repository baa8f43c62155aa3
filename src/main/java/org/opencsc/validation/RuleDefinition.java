package org.opencsc.validation;

import java.util.List;
import java.util.Set;

/**
 * One DfE rule as OpenCSC runs it in a collection year.
 *
 * @param message the DfE's message, word for word
 * @param fields the fields the rule reads
 * @param needs data beyond the return it cannot run without
 * @param advice what to do about a finding
 */
public record RuleDefinition(
    ReturnType returnType,
    String code,
    RuleSeverity severity,
    String message,
    List<String> fields,
    Set<Need> needs,
    String advice) {

  public RuleDefinition {
    fields = List.copyOf(fields);
    needs = Set.copyOf(needs);
  }
}
