/**
 * Reports for those who govern the service: the monthly board pack ({@link
 * org.opencsc.reports.BoardPacks}), generated as HTML and PDF from the served snapshot's
 * council-level figures, on demand and on a schedule, and kept as generated. A pack holds figures
 * only, never a child's data, so every login, an improvement board member included, may read it.
 * docs/board-pack.md describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"council", "database", "indicators", "security", "web"})
package org.opencsc.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
