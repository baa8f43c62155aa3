package org.opencsc.generator;

import org.opencsc.generator.model.SyntheticCouncil;

/**
 * The simulation that turns settings into a council, as a bean, so that the {@code generate}
 * command and tests can be given one. The synthetic council generator provides it; a test may
 * supply a small hand-built council instead.
 */
@FunctionalInterface
public interface CouncilSimulation {

  SyntheticCouncil simulate(GeneratorSettings settings);
}
