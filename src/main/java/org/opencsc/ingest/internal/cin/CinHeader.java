package org.opencsc.ingest.internal.cin;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.validation.cin.XmlNode;

/**
 * {@code Message/Header/CollectionDetails}: which collection ({@code CIN}), the census year (the
 * year of its 31 March: {@code 2026} for 2025-26) and the reference date the file describes.
 */
record CinHeader(
    @Nullable String collection, @Nullable String year, @Nullable String referenceDate) {

  static final String ROOT = "Message";

  static CinHeader of(XmlNode header) {
    XmlNode details = header.child("CollectionDetails");
    return new CinHeader(
        details.text("Collection"), details.text("Year"), details.text("ReferenceDate"));
  }

  /**
   * The header of a CIN census, from the start of a file: the root must be {@code Message} and its
   * collection {@code CIN}. A document type declaration is stepped over, not processed (reading the
   * file refuses it, with a message that says why).
   */
  static Optional<CinHeader> sniff(String head) {
    try {
      XMLStreamReader xml = SecureXml.open(new StringReader(head));
      try {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT && xml.hasNext()) {
          event = xml.next();
        }
        if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals(ROOT)) {
          return Optional.empty();
        }
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
          if (xml.getLocalName().equals("Header")) {
            CinHeader header = of(XmlNode.read(xml));
            return "CIN".equals(header.collection()) ? Optional.of(header) : Optional.empty();
          }
          XmlNode.read(xml);
        }
        return Optional.empty();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      return Optional.empty();
    }
  }

  /** The reference date if the header gives a readable one, else 31 March of its year. */
  Optional<LocalDate> asAt() {
    try {
      CollectionYear census = collectionYear();
      return referenceDate == null ? Optional.of(census.end()) : Dates.parse(referenceDate);
    } catch (UnreadableFileException e) {
      return Optional.empty();
    }
  }

  /**
   * The collection year: from {@code Year}, or from {@code ReferenceDate} when there is no year.
   *
   * @throws UnreadableFileException {@code UNSUPPORTED_YEAR} when neither gives a year, {@code
   *     CIN_HEADER_INVALID} when the reference date is not a date or falls outside that year
   */
  CollectionYear collectionYear() throws UnreadableFileException {
    LocalDate reference = parsedReferenceDate();
    if (year == null) {
      if (reference == null) {
        throw new UnreadableFileException(
            "UNSUPPORTED_YEAR", "the header gives neither a Year nor a ReferenceDate");
      }
      return CollectionYear.containing(reference);
    }
    if (!year.matches("[0-9]{4}")) {
      throw new UnreadableFileException(
          "UNSUPPORTED_YEAR", "the header's Year '" + year + "' is not a year");
    }
    CollectionYear census = new CollectionYear(Integer.parseInt(year) - 1);
    if (reference != null && !CollectionYear.containing(reference).equals(census)) {
      throw new UnreadableFileException(
          "CIN_HEADER_INVALID",
          "the ReferenceDate "
              + reference
              + " is not in the census year "
              + census.label()
              + " that Year "
              + year
              + " names");
    }
    return census;
  }

  private @Nullable LocalDate parsedReferenceDate() throws UnreadableFileException {
    if (referenceDate == null) {
      return null;
    }
    return Dates.parse(referenceDate)
        .orElseThrow(
            () ->
                new UnreadableFileException(
                    "CIN_HEADER_INVALID",
                    "the header's ReferenceDate '" + referenceDate + "' is not a yyyy-mm-dd date"));
  }
}
