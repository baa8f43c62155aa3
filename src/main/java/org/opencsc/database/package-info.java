/**
 * The database the platform runs on: an embedded real PostgreSQL 17 (zonky) whose data folder
 * survives restarts, or an external PostgreSQL 15+ when {@code spring.datasource.url} is set.
 * Flyway owns the schema. Depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.opencsc.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
