package org.opencsc.validation.cin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Located;

/**
 * One element read into memory with everything inside it: a {@code Header} or one {@code Child},
 * never the whole file. Text is trimmed; an element without text has {@code ""}. The ingest reads
 * the CIN census into these, and the DfE's rules read them: {@link #table()} is the element's name,
 * {@link #row()} its line, and a field is a child element's text.
 */
public final class XmlNode implements Located {

  private static final Object UNREADABLE = new Object();

  private final String name;
  private final String text;
  private final int line;
  private final List<XmlNode> children;

  /**
   * The same children as an array, for the lookups by name: the rules make millions of them, and
   * iterating the list (an unmodifiable view of an ArrayList) was the rules' biggest single cost.
   */
  private final XmlNode[] elements;

  /** The element's own text read as a date, once, on first use. */
  private @Nullable Object date;

  /**
   * @param line where the element starts, for messages
   */
  public XmlNode(String name, String text, int line, List<XmlNode> children) {
    this.name = name;
    this.text = text;
    this.line = line;
    this.elements = children.toArray(NONE);
    this.children = Collections.unmodifiableList(Arrays.asList(elements));
  }

  private static final XmlNode[] NONE = new XmlNode[0];

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public int line() {
    return line;
  }

  public List<XmlNode> children() {
    return children;
  }

  @Override
  public String table() {
    return name;
  }

  @Override
  public long row() {
    return line;
  }

  @Override
  public String value(String field) {
    // A repeated leaf (one AssessmentFactors, one Disability) is flagged by its own name.
    if (field.equals(name) && children.isEmpty()) {
      return text;
    }
    String value = text(field);
    return value == null ? "" : value;
  }

  /**
   * The element's own text as an {@code xs:date} ({@code yyyy-mm-dd}); null if blank or not one.
   */
  public @Nullable LocalDate dateValue() {
    Object read = date;
    if (read == null) {
      read = readDate(text);
      date = read;
    }
    return read == UNREADABLE ? null : (LocalDate) read;
  }

  /** The first child element of that name as a date; null when absent, blank or not a date. */
  public @Nullable LocalDate date(String childName) {
    XmlNode first = firstOrNull(childName);
    return first == null ? null : first.dateValue();
  }

  private static Object readDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return UNREADABLE;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (NumberFormatException | DateTimeException e) {
      return UNREADABLE;
    }
  }

  /** More elements than this inside one child is not a census record but an attack or a bug. */
  public static final int MAX_ELEMENTS = 100_000;

  public static final XmlNode ABSENT = new XmlNode("", "", 0, List.of());

  /**
   * Reads the element the reader is on (a START_ELEMENT) and all it holds, leaving the reader on
   * its END_ELEMENT.
   *
   * @throws XMLStreamException also when the element holds more than {@value #MAX_ELEMENTS}
   */
  public static XmlNode read(XMLStreamReader xml) throws XMLStreamException {
    Deque<Builder> open = new ArrayDeque<>();
    open.push(new Builder(xml.getLocalName(), xml.getLocation().getLineNumber()));
    int elements = 1;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++elements > MAX_ELEMENTS) {
            throw new XMLStreamException(
                "more than " + MAX_ELEMENTS + " elements in one " + open.getLast().name,
                xml.getLocation());
          }
          open.push(new Builder(xml.getLocalName(), xml.getLocation().getLineNumber()));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          Builder element = open.peek();
          // White space before any text is stripped anyway: the indentation between elements
          // (millions of pieces in a census) is never turned into strings.
          if (element.hasText() || !xml.isWhiteSpace()) {
            element.text(xml.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlNode done = open.pop().build();
          if (open.isEmpty()) {
            return done;
          }
          open.peek().add(done);
        }
        default -> {
          // comments, processing instructions and ignorable white space carry no data
        }
      }
    }
  }

  /** Steps over the element the reader is on (a START_ELEMENT) without keeping anything of it. */
  public static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Where the element starts, for messages: {@code " (line 42)"}, or nothing if unknown. */
  public String where() {
    return line > 0 ? " (line " + line + ")" : "";
  }

  /** The first child element of that name. */
  public Optional<XmlNode> first(String childName) {
    return Optional.ofNullable(firstOrNull(childName));
  }

  /** The first child element of that name, or {@link #ABSENT}. */
  public XmlNode child(String childName) {
    XmlNode first = firstOrNull(childName);
    return first == null ? ABSENT : first;
  }

  /** All child elements of that name, in document order. */
  public List<XmlNode> all(String childName) {
    List<XmlNode> all = null;
    for (XmlNode c : elements) {
      if (c.name.equals(childName)) {
        if (all == null) {
          all = new ArrayList<>(2);
        }
        all.add(c);
      }
    }
    return all == null ? List.of() : all;
  }

  /** The text of the first child element of that name; null when absent or empty. */
  public @Nullable String text(String childName) {
    XmlNode first = firstOrNull(childName);
    return first == null || first.text.isEmpty() ? null : first.text;
  }

  // Loops, not streams: a census has millions of elements and each is looked up several times.
  private @Nullable XmlNode firstOrNull(String childName) {
    for (XmlNode c : elements) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  private static final class Builder {
    final String name;
    final int line;
    // Most elements hold one piece of text or none, and many hold no elements: both made only
    // when needed.
    @Nullable String firstText;
    @Nullable StringBuilder moreText;
    @Nullable List<XmlNode> children;

    Builder(String name, int line) {
      this.name = name;
      this.line = line;
    }

    boolean hasText() {
      return firstText != null;
    }

    void text(String text) {
      if (firstText == null) {
        firstText = text;
      } else {
        if (moreText == null) {
          moreText = new StringBuilder(firstText);
        }
        moreText.append(text);
      }
    }

    void add(XmlNode child) {
      if (children == null) {
        children = new ArrayList<>(4);
      }
      children.add(child);
    }

    XmlNode build() {
      String text = moreText != null ? moreText.toString() : firstText == null ? "" : firstText;
      return new XmlNode(name, text.strip(), line, children == null ? List.of() : children);
    }
  }
}
