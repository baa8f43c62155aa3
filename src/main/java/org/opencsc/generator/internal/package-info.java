/**
 * How the generator writes its council out: the SSDA903 CSV set and the CIN census XML of one
 * collection year, and the database load into a new snapshot.
 */
@NullMarked
package org.opencsc.generator.internal;

import org.jspecify.annotations.NullMarked;
