package org.opencsc.improvement.web;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditFindings;
import org.opencsc.audits.AuditService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The case audit an action is raised by, read through the audits module's API ({@link
 * AuditFindings}: state, final grade and learning themes, never the child or the auditor's words),
 * and the description a new action starts with. Whether a login may open the audit itself is for
 * the audit page to say: the plan only names the audit's number and links to it.
 */
@Component
class AuditOrigin {

  private final AuditService audits;
  private final MessageSource messages;

  AuditOrigin(AuditService audits, MessageSource messages) {
    this.audits = audits;
    this.messages = messages;
  }

  /** The audit typed (a number) as an action's origin, or the key of the field's error. */
  record Checked(@Nullable AuditFindings findings, @Nullable String error) {}

  /**
   * Checks the audit id typed: blank is none; otherwise it must be an audit that has been submitted
   * (moderated and closed ones too), since an action is raised from its findings.
   */
  Checked check(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return new Checked(null, null);
    }
    String text = typed.strip();
    Optional<AuditFindings> findings =
        text.matches("\\d{1,18}") ? audits.findings(Long.parseLong(text)) : Optional.empty();
    if (findings.isEmpty()) {
      return new Checked(null, "improvement.error.audit.unknown");
    }
    if (!findings.get().completed()) {
      return new Checked(null, "improvement.error.audit.not-completed");
    }
    return new Checked(findings.get(), null);
  }

  /** What a new action raised by the audit starts with: its number, final grade and themes. */
  String description(AuditFindings findings) {
    Locale locale = LocaleContextHolder.getLocale();
    String grade =
        findings.finalGrade() == null
            ? messages.getMessage("audit.grade.none", null, locale)
            : messages.getMessage(findings.finalGrade().label(), null, locale);
    String themes =
        findings.themes().isEmpty()
            ? messages.getMessage("improvement.action.audit.no-themes", null, locale)
            : String.join(", ", findings.themes());
    return messages.getMessage(
        "improvement.action.audit.prefill",
        new Object[] {String.valueOf(findings.auditId()), grade, themes},
        locale);
  }
}
