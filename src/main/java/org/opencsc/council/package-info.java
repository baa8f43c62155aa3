/**
 * The council as the served snapshot describes it: service areas, their teams, the teams' workers
 * and the children allocated to each on the snapshot's date, with the children who have an open
 * case but no allocated worker. {@link org.opencsc.council.CouncilStructureService} answers; the
 * pages under {@code /structure} show it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"database", "security", "web"})
package org.opencsc.council;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
