package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.ingest.internal.cin.CinXml.census;
import static org.opencsc.ingest.internal.cin.CinXml.child;
import static org.opencsc.ingest.internal.cin.CinXml.referral;
import static org.opencsc.ingest.internal.cin.CinXml.write;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * Files that are refused whole (a document type declaration, XML that is not well-formed) leave
 * nothing behind and reach nothing outside the file; files in Windows-1252 are read correctly.
 */
class CinUnreadableFilesIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final CinIngest ingest = CinIngest.onTestDatabase();

  @TempDir Path dir;

  /**
   * An external DTD and two external entities, one a local file and one a URL, both used in the
   * child's ID. A listening socket on the loopback interface proves nothing was fetched: a
   * connection attempt would wait in its backlog.
   */
  @Test
  void aDoctypeWithExternalEntitiesIsRefusedAndNothingIsFetched() throws Exception {
    Path secret = write(dir, "secret.txt", "TOP-SECRET");
    try (ServerSocketChannel listener = ServerSocketChannel.open()) {
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      listener.configureBlocking(false);
      int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
      String doctype =
          """
          <!DOCTYPE Message SYSTEM "http://127.0.0.1:%d/evil.dtd" [
            <!ENTITY secret SYSTEM "%s">
            <!ENTITY remote SYSTEM "http://127.0.0.1:%d/leak">
          ]>
          """
              .formatted(port, secret.toUri(), port);
      String xml =
          census(2026, child("&secret;&remote;", "F", "2015-01-01", referral("2025-05-01", "")))
              .replace("<Message>", doctype + "<Message>");
      Path file = write(dir, "xxe.xml", xml);

      boolean recognised = ingest.source.recognise(ingest.sample(file)).isPresent();
      Outcome out = ingest.run(AS_AT, file);

      assertThat(recognised).as("recognised, so that the report says why it is refused").isTrue();
      assertThat(out.refused().get("xxe.xml").rule()).isEqualTo("XML_DTD_REFUSED");
      assertThat(out.refused().get("xxe.xml").getMessage())
          .contains("<!DOCTYPE ...> ending at line 5");
      assertThat(listener.accept()).as("a connection to the loopback listener").isNull();
      assertThat(out.rowsStaged()).isZero();
      assertThat(out.findings()).isEmpty();
    }
  }

  /** Ten entities of ten references each would expand to a billion copies of "lol". */
  @Test
  void anEntityExpansionBombIsRefusedAtOnce() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int level = 1; level <= 9; level++) {
      entities.append("<!ENTITY lol").append(level).append(" \"");
      entities.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
    }
    String xml =
        census(2026, child("&lol9;", "F", "2015-01-01", referral("2025-05-01", "")))
            .replace("<Message>", "<!DOCTYPE Message [\n" + entities + "]>\n<Message>");
    Path file = write(dir, "lol.xml", xml);

    long started = System.nanoTime();
    Outcome out = ingest.run(AS_AT, file);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(out.refused().get("lol.xml").rule()).isEqualTo("XML_DTD_REFUSED");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(out.rowsStaged()).isZero();
  }

  /**
   * A census of 20,000 children cut off inside the last one. Its child rows alone (about 59
   * characters each, 1.18 MB) pass the 1 MiB after which a COPY is sent, so rows reached the
   * database before the end was found; the savepoint takes them back. A good file of the same run
   * loads.
   */
  @Test
  void aTruncatedFileIsRefusedWithWhereItBrokeAndLeavesNothingWhileAGoodFileLoads()
      throws Exception {
    StringBuilder children = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      children.append(child("T" + i, "M", "2015-01-01", referral("2025-05-01", "")));
    }
    String whole = census(2026, children.toString());
    Path truncated = write(dir, "truncated.xml", whole.substring(0, whole.lastIndexOf("<Sex>")));
    Path good =
        write(
            dir,
            "good.xml",
            census(2026, child("G1", "F", "2014-01-01", referral("2025-06-01", ""))));

    Outcome out = ingest.run(AS_AT, truncated, good);

    assertThat(out.refused()).containsOnlyKeys("truncated.xml");
    assertThat(out.refused().get("truncated.xml").rule()).isEqualTo("XML_NOT_WELL_FORMED");
    assertThat(out.refused().get("truncated.xml").getMessage()).containsPattern("line [0-9]+");
    assertThat(ingest.rows("select child_id from child where snapshot_id = :s", out.snapshotId()))
        .containsExactly("G1");
    assertThat(ingest.count("referral", out.snapshotId())).isEqualTo(1);
    assertThat(out.findings()).isEmpty();
  }

  /**
   * Windows-1252 with the declaration saying so: "Système" in the header and "CHLOË" as a child ID
   * (refused, IDs are plain letters and digits, but the value in the finding shows it was decoded
   * right). The same file without the declaration is read as the scan found it, with a query.
   */
  @Test
  void aWindows1252FileIsDecodedAsItsDeclarationSays() throws Exception {
    String body =
        census(
                2026,
                child("CHLOË", "F", "2015-01-01", referral("2025-05-01", ""))
                    + child("W2", "M", "2016-01-01", referral("2025-06-01", "")))
            .replace("Hand written", "Système Enfance");
    Path declared =
        write(
            dir,
            "declared.xml",
            body.replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\""),
            WINDOWS_1252);
    Path undeclared =
        write(dir, "undeclared.xml", body.replace(" encoding=\"UTF-8\"", ""), WINDOWS_1252);

    assertThat(ingest.source.recognise(ingest.sample(declared))).isPresent();
    Outcome first = ingest.run(AS_AT, declared);
    Outcome second = ingest.run(AS_AT, undeclared);

    assertThat(first.findings())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule, Finding::severity)
        .containsExactly(tuple(1L, "LAchildID", "CHLOË", "CHILD_ID_FORMAT", Severity.ERROR));
    assertThat(ingest.rows("select child_id from child where snapshot_id = :s", first.snapshotId()))
        .containsExactly("W2");
    assertThat(second.findings())
        .extracting(Finding::row, Finding::value, Finding::rule, Finding::severity)
        .containsExactly(
            tuple(null, null, "ENCODING_NOT_DECLARED", Severity.QUERY),
            tuple(1L, "CHLOË", "CHILD_ID_FORMAT", Severity.ERROR));
  }
}
