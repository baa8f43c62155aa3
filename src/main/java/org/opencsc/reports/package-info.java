/**
 * Reports made from the served snapshot. For those who govern the service ({@link
 * org.opencsc.reports.Reports}): the improvement board's monthly pack and scrutiny committee
 * reports, made from the snapshot's figures as HTML and PDF, on demand and (the board pack) on a
 * schedule, and kept as made; they hold figures for the council and its units only, never a child's
 * data, so every login, an improvement board member included, may read them. For an inspection:
 * Ofsted's Annex A workbook ({@link org.opencsc.reports.AnnexAExporter}), every list of the
 * template with its sheet names and headings, for an as-at date and a period, downloaded from
 * {@code /reports/annex-a} by the roles that see every child or written by the {@code annex-a}
 * command; it reads the snapshot's domain tables with its own SQL files, as the other read-only
 * features do. docs/reports.md describes them.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "audits",
      "cli",
      "council",
      "database",
      "improvement",
      "indicators",
      "security",
      "web"
    })
package org.opencsc.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
