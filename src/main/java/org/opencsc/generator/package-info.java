/**
 * The synthetic council: a deterministic, seeded simulation of a council's children's social care
 * (organisation, workforce and every child's journey), calibrated to England's published figures,
 * which writes the statutory returns (SSDA903 CSVs, CIN census XML) and its Standard Safeguarding
 * Dataset extract, and can load itself into the database. A tool: no feature depends on it, and it
 * never imports the ingest.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"cli", "database"})
package org.opencsc.generator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
