package org.opencsc.ingest.internal.cin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencsc.ingest.internal.SecureStax;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * StAX readers that never process a document type declaration: no DTD, no external entities, no
 * resolver that could fetch anything. The JDK's own parser is used by name, so a StAX
 * implementation that arrives on the class path later cannot change these settings. A document that
 * declares a DOCTYPE at all is refused by the reader of the file ({@link #refuseDtd}), which covers
 * external entities (XXE) and entity-expansion bombs alike: none of their declarations is ever
 * expanded.
 */
final class SecureXml {

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

  private SecureXml() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = SecureStax.factory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.REPORTER, (XMLReporter) (m, type, info, where) -> {});
    return factory;
  }

  static XMLStreamReader open(Reader text) throws XMLStreamException {
    return factory().createXMLStreamReader(text);
  }

  /**
   * A reader over bytes. An encoding named in the XML declaration governs, as XML says; without
   * one, the encoding the run found when it scanned the file (UTF-8, or Windows-1252 when the bytes
   * are not UTF-8).
   */
  static XMLStreamReader open(InputStream bytes, Optional<String> declared, String found)
      throws XMLStreamException {
    return declared.isPresent()
        ? factory().createXMLStreamReader(bytes)
        : factory().createXMLStreamReader(bytes, found);
  }

  /** The encoding the XML declaration at the start of these bytes names, if any. */
  static Optional<String> declaredEncoding(InputStream start) throws IOException {
    byte[] head = start.readNBytes(256);
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(3);
    }
    Matcher m = DECLARED_ENCODING.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Refuses the document: it declares a document type. */
  static UnreadableFileException refuseDtd(String file, XMLStreamReader xml) {
    return new UnreadableFileException(
        "XML_DTD_REFUSED",
        file
            + " declares a document type (<!DOCTYPE ...> ending at "
            + where(xml.getLocation())
            + "): refused, because DTDs can read other files or expand without limit; the CIN"
            + " census needs none");
  }

  /** The parser's complaint, with where it stopped. */
  static UnreadableFileException notWellFormed(String file, XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf("Message: ");
    String reason = cut < 0 ? message : message.substring(cut + "Message: ".length());
    return new UnreadableFileException(
        "XML_NOT_WELL_FORMED",
        file
            + " is not well-formed XML at "
            + where(e.getLocation())
            + ": "
            + reason.strip()
            + " (a truncated or damaged file?); nothing of it is loaded",
        e);
  }

  static String where(Location location) {
    return location == null
        ? "an unknown place"
        : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }
}
