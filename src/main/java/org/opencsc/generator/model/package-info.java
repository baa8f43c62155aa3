/**
 * The generator's data: one record per row of the domain schema (db/migration V1, V2), with the
 * same field names in camelCase. A {@link org.opencsc.generator.model.Organisation} is generated
 * first; then children are generated and streamed one {@link
 * org.opencsc.generator.model.ChildHistory} at a time, so that even the national size never holds
 * every child in memory. Part of the generator's API (named interface {@code model}).
 */
@NullMarked
@NamedInterface("model")
package org.opencsc.generator.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
