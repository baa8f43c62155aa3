/**
 * The nightly ingest: recognises what a council's case-management system exported into the drop
 * folder (SSDA903 CSVs, the CIN census XML, the Standard Safeguarding Dataset CSVs, the workforce
 * census CSVs and Ofsted's Annex A workbook) by content, checks it at the door, and loads it into a
 * new snapshot that is served in one transaction. Every run is on record (load history) with its
 * files, counts and findings, shown on the load history pages ({@code web/}, {@code /loads}), where
 * an administrator can also start a refresh. Depends on the database, the command line, the web
 * shell and security (roles).
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "database",
      "cli",
      "web",
      "security",
      "validation",
      "validation::cin",
      "validation::ssda903"
    })
package org.opencsc.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
