/**
 * Reports made from the served snapshot for people outside OpenCSC. Ofsted's Annex A workbook
 * ({@link org.opencsc.reports.AnnexAExporter}): every list of the inspection template, with its
 * sheet names and headings, for an as-at date and a period, downloaded from {@code
 * /reports/annex-a} ({@code web/}) or written by the {@code annex-a} command (docs/reports.md).
 * Reads the domain tables of the served snapshot with its own SQL files, as the other read-only
 * features do.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"cli", "council", "database", "security", "web"})
package org.opencsc.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
