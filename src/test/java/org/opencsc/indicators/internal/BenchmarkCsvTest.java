package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencsc.indicators.Benchmark;

/** Reading a benchmark file: what a good one gives, and how a bad line is reported. */
class BenchmarkCsvTest {

  static final String HEADER = "indicator,area_type,area_name,year,value,source\n";

  @Test
  void readsEachFigureWithItsLineSkippingCommentsAndBlankLines() {
    String csv =
        "# England and a region\n"
            + HEADER
            + "referrals,england,England,2024-25,632830,\"DfE, table C1\"\n"
            + "\n"
            + "# a comment between figures\n"
            + " re_referrals_within_12_months , region , East Midlands ,2024-25, 24.7 ,C1\n"
            + "turnover_rate,statistical_neighbours,Nottingham,2025,11.8,CSWW\n";

    List<BenchmarkCsv.Line> lines = read(csv);

    assertThat(lines).extracting(BenchmarkCsv.Line::number).containsExactly(3L, 6L, 7L);
    Benchmark england = lines.get(0).benchmark();
    assertThat(england.indicator()).isEqualTo("referrals");
    assertThat(england.areaType()).isEqualTo(Benchmark.AreaType.ENGLAND);
    assertThat(england.value()).isEqualByComparingTo("632830");
    assertThat(england.source()).isEqualTo("DfE, table C1");
    Benchmark region = lines.get(1).benchmark();
    assertThat(region.areaName()).isEqualTo("East Midlands");
    assertThat(region.value()).isEqualByComparingTo("24.7");
    assertThat(lines.get(2).benchmark().areaType())
        .isEqualTo(Benchmark.AreaType.STATISTICAL_NEIGHBOURS);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "referrals,county,England,2024-25,1,x | field area_type: area_type must be england",
        "referrals,england,England,2024/25,1,x | field year: '2024/25' is not a year",
        "referrals,england,England,2024-26,1,x | field year: '2024-26' is not a year",
        "referrals,england,England,2024-25,12%,x | field value: '12%' is not a number",
        "referrals,england,England,2024-25,,x | field value: it is empty",
        "referrals,england,,2024-25,1,x | field area_name: it is empty",
        "Referrals,england,England,2024-25,1,x | field indicator: 'Referrals' is not an indicator id",
        "referrals,england,England,2024-25,1 | field source: 6 fields expected, 5 found",
        "referrals,england,England,2024-25,1,x,y | field source: 6 fields expected, 7 found"
      })
  void aBadLineNamesTheFileTheLineAndTheField(String line, String reason) {
    String csv = HEADER + "referrals,england,England,2023-24,1,x\n" + line + "\n";

    assertThatThrownBy(() -> read(csv))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("benchmarks test.csv, line 3, " + reason.strip());
  }

  @Test
  void theSameFigureTwiceIsABadLine() {
    String csv =
        HEADER
            + "referrals,england,England,2024-25,1,x\n"
            + "referrals,england,England,2024-25,2,y\n";

    assertThatThrownBy(() -> read(csv))
        .hasMessage(
            "benchmarks test.csv, line 3, field year: the same figure is already on line 2");
  }

  @Test
  void theHeaderMustBeTheSixColumns() {
    assertThatThrownBy(() -> read("indicator,area,name,year,value,source\n"))
        .hasMessageStartingWith("benchmarks test.csv, line 1, field header: the columns must be");
    assertThatThrownBy(() -> read("# only a comment\n")).hasMessageContaining("the file is empty");
  }

  @Test
  void anUnclosedQuoteNamesTheFile() {
    assertThatThrownBy(() -> read(HEADER + "referrals,england,England,2024-25,1,\"x\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("benchmarks test.csv: ");
  }

  private static List<BenchmarkCsv.Line> read(String csv) {
    return BenchmarkCsv.read("test.csv", new StringReader(csv));
  }
}
