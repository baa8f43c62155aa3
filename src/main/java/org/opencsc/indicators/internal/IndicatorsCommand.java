package org.opencsc.indicators.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.cli.CliCommand;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.NoDataException;
import org.opencsc.indicators.Period;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indicators}: the indicator set on the served snapshot, as CSV or JSON on standard out. */
@Component
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every indicator's figures from the served snapshot (what import loaded): one record per"
          + " indicator and unit, as CSV or JSON.",
      "Exit code: 0 printed, 2 could not run (no data loaded, a date the data does not reach, an"
          + " unknown indicator)."
    })
class IndicatorsCommand implements CliCommand {

  @Option(
      names = "--as-at",
      paramLabel = "yyyy-mm-dd",
      description = "the period's last day; default the served snapshot's date")
  @Nullable LocalDate asAt;

  @Option(
      names = "--from",
      paramLabel = "yyyy-mm-dd",
      description =
          "the period's first day; default twelve months before the as-at date (1 April for 31"
              + " March: the DfE's collection year)")
  @Nullable LocalDate from;

  @Option(
      names = "--level",
      defaultValue = "council",
      description = "council, service-area, team or worker; default ${DEFAULT-VALUE}")
  String level = "council";

  @Option(
      names = "--attribution",
      defaultValue = "event",
      description =
          "which worker a child counts for: event (who held the case at the event) or current"
              + " (who holds it now); default ${DEFAULT-VALUE}")
  String attribution = "event";

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "only this indicator (repeatable); default all")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json; default ${DEFAULT-VALUE}")
  String format = "csv";

  @Spec @Nullable CommandSpec spec;

  private final ObjectProvider<IndicatorService> indicators;

  IndicatorsCommand(ObjectProvider<IndicatorService> indicators) {
    this.indicators = indicators;
  }

  @Override
  public Integer call() {
    CommandLine commandLine = Objects.requireNonNull(spec).commandLine();
    try {
      IndicatorOutput output = IndicatorOutput.of(format);
      IndicatorService service = indicators.getObject();
      Period period = service.period(asAt, from, Attribution.of(attribution));
      Level chosen = Level.of(level);
      List<IndicatorValue> values =
          only.isEmpty()
              ? service.values(period, chosen)
              : only.stream().flatMap(id -> service.values(period, chosen, id).stream()).toList();
      PrintWriter out = commandLine.getOut();
      output.write(values, out);
      out.flush();
      return 0;
    } catch (IllegalArgumentException | NoDataException e) {
      commandLine.getErr().println("opencsc indicators: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
