package org.opencsc.ingest.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.cli.CliCommand;
import org.opencsc.ingest.IngestService;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the files in DIR as an import would, and loads nothing.",
      "Exit code: 0 clean (queries allowed), 1 errors found, 2 could not run."
    })
class ValidateCommand implements CliCommand {

  @Parameters(paramLabel = "DIR", description = "the folder of exported files")
  @Nullable Path directory;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write every finding to FILE as CSV (file, row, child, field, value, rule)")
  @Nullable Path out;

  @Option(
      names = "--previous",
      paramLabel = "PREV",
      description =
          "last year's SSDA903 files, for the DfE's rules that compare the two years; default"
              + " the setting opencsc.ingest.previous-folder, else none (those rules do not run)")
  @Nullable Path previous;

  @Option(
      names = "--postcodes",
      paramLabel = "FILE",
      description =
          "postcode reference data: a CSV file in the ONS Postcode Directory's columns (pcds,"
              + " oseast1m, osnrth1m, oslaua), for the DfE's SSDA903 rules on distance and"
              + " placement authority; default the setting opencsc.validation.postcodes, else none"
              + " (those rules do not run)")
  @Nullable Path postcodes;

  @Option(
      names = "--providers",
      paramLabel = "FILE",
      description =
          "Ofsted's provider lists: a CSV file with the columns URN, PLACE_CODES, PROVIDER_CODES,"
              + " POSTCODE, REG_END and optionally LA_CODE (or Ofsted's own headings), for the"
              + " DfE's SSDA903 rules on the episode's URN; default the setting"
              + " opencsc.validation.providers, else none (those rules do not run)")
  @Nullable Path providers;

  @Spec @Nullable CommandSpec spec;

  private final IngestService ingest;

  ValidateCommand(IngestService ingest) {
    this.ingest = ingest;
  }

  @Override
  public Integer call() {
    return IngestCommands.run(
        Objects.requireNonNull(spec).commandLine(),
        "validate",
        out,
        progress ->
            ingest.validate(
                Objects.requireNonNull(directory),
                previous,
                postcodes,
                providers,
                "cli",
                IngestCommands.user(),
                progress));
  }
}
