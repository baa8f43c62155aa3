package org.opencsc.ingest.internal.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.validation.ReturnYear;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;

/**
 * Reads one CIN census file as a stream: the root {@code Message}, the {@code Header} (which year,
 * so which code lists), then each {@code Child} of {@code Children}, one at a time, handed to a
 * {@link ChildStager}. Memory holds one child, never the file.
 */
final class CinFileReader {

  private final SourceFile file;
  private final IngestContext context;
  private final Staging staging;
  private final Findings findings;

  CinFileReader(SourceFile file, IngestContext context, Staging staging, Findings findings) {
    this.file = file;
    this.context = context;
    this.staging = staging;
    this.findings = findings;
  }

  /** Stages the file; returns the number of Child elements read. */
  long read() throws IOException, SQLException, UnreadableFileException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
      in.mark(1024);
      Optional<String> declared = SecureXml.declaredEncoding(in);
      in.reset();
      if (declared.isEmpty() && !file.charset().equals(StandardCharsets.UTF_8)) {
        fileQuery(
            "ENCODING_NOT_DECLARED",
            "the XML declaration names no encoding and the file is not UTF-8: read as "
                + file.charset().name());
      }
      XMLStreamReader xml = null;
      try {
        xml = SecureXml.open(in, declared, file.charset().name());
        long children = message(xml);
        findings.flush();
        return children;
      } catch (XMLStreamException e) {
        throw SecureXml.notWellFormed(file.name(), e);
      } finally {
        close(xml);
      }
    }
  }

  private long message(XMLStreamReader xml)
      throws XMLStreamException, SQLException, UnreadableFileException {
    root(xml);
    ChildStager stager = null;
    try {
      long row = 0;
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("Header") && stager == null) {
          XmlNode header = XmlNode.read(xml);
          stager = stager(header, CinHeader.of(header));
        } else if (name.equals("Children")) {
          row = children(xml, header(stager), row);
        } else {
          XmlNode.skip(xml);
        }
      }
      while (xml.hasNext()) {
        xml.next();
      }
      if (stager != null) {
        stager.finishRules();
      }
      return row;
    } finally {
      if (stager != null) {
        stager.close();
      }
    }
  }

  private void root(XMLStreamReader xml) throws XMLStreamException, UnreadableFileException {
    int event = xml.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.DTD) {
        throw SecureXml.refuseDtd(file.name(), xml);
      }
      event = xml.next();
    }
    if (!xml.getLocalName().equals(CinHeader.ROOT)) {
      throw new UnreadableFileException(
          "XML_WRONG_ROOT",
          file.name()
              + "'s root element is <"
              + xml.getLocalName()
              + ">, not <Message>: it is not a CIN census");
    }
  }

  private long children(XMLStreamReader xml, ChildStager stager, long before)
      throws XMLStreamException, SQLException {
    long row = before;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (xml.getLocalName().equals("Child")) {
        stager.stage(XmlNode.read(xml), ++row);
      } else {
        XmlNode.skip(xml);
      }
    }
    return row;
  }

  private ChildStager stager(XmlNode headerNode, CinHeader header)
      throws UnreadableFileException, SQLException {
    if (!"CIN".equals(header.collection())) {
      throw new UnreadableFileException(
          "NOT_CIN_CENSUS",
          file.name() + "'s Collection is '" + header.collection() + "', not CIN");
    }
    CollectionYear year = header.collectionYear();
    CodeLists codes =
        CodeLists.forYear(CinCensusSource.class, "codes", year)
            .orElseThrow(
                () ->
                    new UnreadableFileException(
                        "UNSUPPORTED_YEAR",
                        file.name()
                            + " is the "
                            + year
                            + " census, a year this version of OpenCSC has no code lists for"));
    if (!year.equals(context.year())) {
      fileQuery(
          "YEAR_DIFFERS_FROM_RUN",
          "the file is the "
              + year
              + " census and the run is as at "
              + context.asAt()
              + ": read with the codes of "
              + year);
    }
    // the DfE's rules read the census with its own year's lists, as the door does
    CinReturn census =
        new CinReturn(
            new ReturnYear(year.startYear()),
            headerNode,
            headerNode.child("CollectionDetails").date("ReferenceDate"),
            (field, code) -> codes.allows(field, code));
    return new ChildStager(
        file, findings, codes, year, new CinRows(staging), context.dfeRules() ? census : null);
  }

  private ChildStager header(@Nullable ChildStager stager) throws UnreadableFileException {
    if (stager == null) {
      throw new UnreadableFileException(
          "CIN_HEADER_MISSING",
          file.name()
              + " has Children before any Header: without the census year its codes cannot be"
              + " checked");
    }
    return stager;
  }

  private void fileQuery(String rule, String message) throws SQLException {
    findings.add(new Finding(file.name(), null, null, null, null, rule, Severity.QUERY, message));
  }

  private static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // the file is closed with its stream; nothing else to release
      }
    }
  }
}
