/**
 * The command line of the one jar: {@code java -jar opencsc.jar COMMAND …}. Features contribute
 * commands by declaring a {@link org.opencsc.cli.CliCommand} bean; this module finds them, runs the
 * chosen one and turns a start-up failure into one clear line. Depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.opencsc.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
