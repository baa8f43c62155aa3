package org.opencsc.generator.internal;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** A thin indenting wrapper over StAX's {@link XMLStreamWriter}; XML errors become unchecked. */
final class XmlOut implements AutoCloseable {

  private static final String INDENT = "  ";

  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(OutputStream out) {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot start the XML document", e);
    }
  }

  XmlOut start(String name) {
    run(
        () -> {
          newLine();
          xml.writeStartElement(name);
        });
    depth++;
    return this;
  }

  XmlOut end() {
    depth--;
    run(
        () -> {
          newLine();
          xml.writeEndElement();
        });
    return this;
  }

  /** An element holding text; nothing at all when the value is null. */
  XmlOut leaf(String name, @Nullable String value) {
    if (value != null) {
      run(
          () -> {
            newLine();
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
          });
    }
    return this;
  }

  @Override
  public void close() {
    run(
        () -> {
          xml.writeCharacters("\n");
          xml.writeEndDocument();
          xml.close();
        });
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + INDENT.repeat(depth));
  }

  private void run(XmlAction action) {
    try {
      action.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the XML document", e);
    }
  }

  private interface XmlAction {
    void run() throws XMLStreamException;
  }
}
