package org.opencsc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencsc.OpenCscApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code org.opencsc} is a module that uses only the modules its {@code
 * package-info.java} allows, and only through their API packages. Also writes the module diagrams
 * (PlantUML and AsciiDoc) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(OpenCscApplication.class);

  @Test
  void modulesRespectTheirDeclaredDependencies() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() throws Exception {
    Path output = Path.of("target", "spring-modulith-docs");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
        .writeDocumentation();
    try (var files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("components.puml");
    }
  }
}
