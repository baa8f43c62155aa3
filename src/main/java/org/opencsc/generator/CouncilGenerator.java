package org.opencsc.generator;

import org.opencsc.generator.internal.Simulation;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Generates a synthetic council: "Exampleshire" (LA code 999), its organisation and workforce over
 * the six years before the extract date, and the children known to its social care in the
 * collection year, each with their whole history. The same settings always give the same council.
 */
public final class CouncilGenerator {

  private CouncilGenerator() {}

  public static SyntheticCouncil generate(GeneratorSettings settings) {
    return Simulation.run(settings);
  }
}
