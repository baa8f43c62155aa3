package org.opencsc.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages under {@code org.opencsc} never depend on each other in a cycle, whether or
 * not Spring Modulith stays (see {@link ModularityTests} for the finer module rules).
 */
@AnalyzeClasses(packages = "org.opencsc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices().matching("org.opencsc.(*)..").should().beFreeOfCycles();
}
