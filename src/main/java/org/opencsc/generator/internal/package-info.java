/**
 * The generator's implementation. The simulation: journeys per child from a seed-derived random
 * stream, a workforce sized from a pilot of those journeys, and the rows they become. The output:
 * the SSDA903 CSV set and the CIN census XML of one collection year, the SSD extract, and the
 * database load into a new snapshot.
 */
@NullMarked
package org.opencsc.generator.internal;

import org.jspecify.annotations.NullMarked;
