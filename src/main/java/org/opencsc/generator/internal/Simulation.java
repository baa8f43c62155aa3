package org.opencsc.generator.internal;

import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * The simulation's entry point: sizes the workforce from a pilot of the children's journeys, builds
 * the organisation, and returns a council whose children are generated on demand.
 */
public final class Simulation {

  private Simulation() {}

  public static SyntheticCouncil run(GeneratorSettings settings) {
    Window window = Window.of(settings);
    int children = Scale.children(settings.size());
    double[] openCases = Demand.openCases(settings.seed(), children, window);
    Rand rand = new Rand(settings.seed(), 0, Rand.ORGANISATION);
    Workforce workforce = new Workforce(rand, window.periodStart(), window.asAt()).build(openCases);
    Rand absences = new Rand(settings.seed(), 0, Rand.ABSENCE);
    Organisation organisation =
        OrganisationFactory.create(workforce, rand, absences, window.periodStart(), window.asAt());
    ChildAssembler assembler = new ChildAssembler(window, new Staffing(workforce));
    return new GeneratedCouncil(organisation, children, settings.seed(), assembler);
  }
}
