package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  @Test
  void utf8WithAByteOrderMarkIsReadWithoutIt() throws IOException {
    Path file = dir.resolve("a.csv");
    byte[] text = "CHILD,SEX\nZoë,F\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(bom, text));

    TextFiles.Scan scan = TextFiles.scan(file);

    assertThat(scan.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(scan.sample().firstLine()).isEqualTo("CHILD,SEX");
    assertThat(read(file, scan)).isEqualTo("CHILD,SEX\nZoë,F");
    assertThat(scan.size()).isEqualTo(bom.length + text.length);
  }

  @Test
  void bytesThatAreNotUtf8AreWindows1252() throws IOException {
    Path file = dir.resolve("b.csv");
    Files.write(file, "CHILD,NAME\r\nC1,Zoë – “quoted”\r\n".getBytes(TextFiles.WINDOWS_1252));

    TextFiles.Scan scan = TextFiles.scan(file);

    assertThat(scan.charset()).isEqualTo(TextFiles.WINDOWS_1252);
    assertThat(read(file, scan)).isEqualTo("CHILD,NAME\nC1,Zoë – “quoted”");
  }

  @Test
  void aNonUtf8ByteFarPastTheSampleStillMakesTheFileWindows1252() throws IOException {
    Path file = dir.resolve("c.csv");
    StringBuilder sb = new StringBuilder("CHILD\n");
    while (sb.length() < 300_000) {
      sb.append("C123456\n");
    }
    byte[] ascii = sb.toString().getBytes(StandardCharsets.US_ASCII);
    Files.write(file, concat(ascii, new byte[] {(byte) 0xE9, '\n'}));

    assertThat(TextFiles.scan(file).charset()).isEqualTo(TextFiles.WINDOWS_1252);
  }

  @Test
  void aMultiByteCharacterAcrossTheReadBufferIsStillUtf8() throws IOException {
    Path file = dir.resolve("d.csv");
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 200_000) {
      sb.append("ë");
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);

    assertThat(TextFiles.scan(file).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void theChecksumIsTheFilesSha256AndAZipIsBinary() throws IOException {
    Path file = dir.resolve("e.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});

    TextFiles.Scan scan = TextFiles.scan(file);

    assertThat(scan.sample().binary()).isTrue();
    assertThat(TextFiles.scan(write("abc")).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void loadTablesRenderTableNamesAndTheSnapshotIdButNotCastsOrRegexCounts() {
    LoadTables tables = new LoadTables(12, Map.of("child", "child_s12"));

    assertThat(
            tables.render(
                "insert into {child} select :snapshot_id, x::text from t where y ~ '^[0-9]{11}$'"))
        .isEqualTo("insert into \"child_s12\" select 12, x::text from t where y ~ '^[0-9]{11}$'");
  }

  @Test
  void collectionYearsRunFromAprilToMarch() {
    assertThat(CollectionYear.containing(java.time.LocalDate.of(2026, 3, 31)).label())
        .isEqualTo("2025-26");
    assertThat(CollectionYear.containing(java.time.LocalDate.of(2026, 4, 1)).label())
        .isEqualTo("2026-27");
    assertThat(new CollectionYear(2099).label()).isEqualTo("2099-00");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("t.txt"), text);
  }

  private static String read(Path file, TextFiles.Scan scan) throws IOException {
    SourceFile source =
        new SourceFile(
            file,
            file.getFileName().toString(),
            scan.size(),
            scan.sha256(),
            scan.charset(),
            new Recognised(new TestChildrenSource(), "x", null));
    try (BufferedReader in = new BufferedReader(TextFiles.reader(source))) {
      return String.join("\n", in.lines().toList());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
