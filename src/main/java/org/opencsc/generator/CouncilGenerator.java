package org.opencsc.generator;

import org.opencsc.generator.internal.Simulation;
import org.opencsc.generator.model.SyntheticCouncil;
import org.springframework.stereotype.Component;

/**
 * Generates a synthetic council: "Exampleshire" (LA code 999), its organisation and workforce over
 * the six years before the extract date, and the children known to its social care in the
 * collection year, each with their whole history. The same settings always give the same council.
 *
 * <p>It is also the application's {@link CouncilSimulation} bean, used by the {@code generate}
 * command and the demo set-up.
 */
@Component
public final class CouncilGenerator implements CouncilSimulation {

  public static SyntheticCouncil generate(GeneratorSettings settings) {
    return Simulation.run(settings);
  }

  @Override
  public SyntheticCouncil simulate(GeneratorSettings settings) {
    return generate(settings);
  }
}
