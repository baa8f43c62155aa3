package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.Organisation.Worker;

/** The organisation's records as the synthetic council's workforce gives them. */
class OrganisationFactoryTest {

  @Test
  void everyoneButTheDirectorHasAManagerEvenIfTheyStartedBeforeTheSimulatedPeriod() {
    // large, seed 7: a social worker in post since 2012, before any manager the simulation has,
    // had none, so no one held a looked-after child's case while it waited for a new worker
    // (SSDA903 SW11bSTG2, SW17STG2)
    Organisation organisation =
        Simulation.run(new GeneratorSettings(CouncilSize.LARGE, 7, GeneratorSettings.DEFAULT_AS_AT))
            .organisation();

    assertThat(organisation.workers())
        .filteredOn(w -> w.orgRole() > 1)
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.managerWorkerId()).as(w.workerId()).isNotNull());
    assertThat(organisation.workers())
        .filteredOn(w -> w.roleStartDate().isBefore(organisation.periodStart()))
        .extracting(Worker::workerId)
        .contains("W02281");
  }
}
