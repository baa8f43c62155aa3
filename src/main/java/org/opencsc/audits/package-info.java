/**
 * Case audits, the council's quality assurance framework: audit templates (sections of graded or
 * free-text questions, edited by administrators, every save a new version), audits of one child's
 * record assigned to an auditor, completed, moderated and closed, with learning themes, and their
 * results by service area, team and worker over time. {@link org.opencsc.audits.AuditService} runs
 * the workflow and says who may see which audit; {@link org.opencsc.audits.AuditTemplates} holds
 * the templates; {@link org.opencsc.audits.AuditResults} counts the grades. Audits are the
 * council's own data, not a snapshot's: they name children and workers by their stable ids and show
 * names from the served snapshot. docs/audits.md describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"council", "database", "security", "web"})
package org.opencsc.audits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
