/**
 * The simulation behind the synthetic council: journeys per child from a seed-derived random
 * stream, a workforce sized from a pilot of those journeys, and the rows they become.
 */
@NullMarked
package org.opencsc.generator.internal;

import org.jspecify.annotations.NullMarked;
