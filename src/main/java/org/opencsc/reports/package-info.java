/**
 * Reports for those who govern the service ({@link org.opencsc.reports.Reports}): the improvement
 * board's monthly pack and scrutiny committee reports, made from the served snapshot's figures as
 * HTML and PDF, on demand and (the board pack) on a schedule, and kept as made. A report holds
 * figures for the council and its units only, never a child's data, so every login, an improvement
 * board member included, may read it. docs/reports.md describes them.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "audits",
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
