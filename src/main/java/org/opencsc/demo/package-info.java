/**
 * The demo: on a first start with an empty database, fills it with a generated synthetic council
 * and creates the demo logins listed in the README, with a small example improvement plan. Sits on
 * top of everything; nothing depends on it.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"database", "generator", "generator::model", "improvement", "security"})
package org.opencsc.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
