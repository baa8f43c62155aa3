package org.opencsc.cli;

import java.util.concurrent.Callable;

/**
 * A sub-command of the {@code opencsc} command line, declared as a Spring bean and annotated with
 * picocli's {@code @Command(name = …)}. The context runs with lazy initialisation, so a command
 * that never touches the database does not start one: inject what you need through an {@code
 * ObjectProvider}.
 *
 * <p>Exit codes: 0 done and clean, 1 done but problems were found, 2 could not run.
 */
public interface CliCommand extends Callable<Integer> {}
