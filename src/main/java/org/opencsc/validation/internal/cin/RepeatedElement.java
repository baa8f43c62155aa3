package org.opencsc.validation.internal.cin;

import org.opencsc.validation.Located;
import org.opencsc.validation.cin.XmlNode;

/**
 * One of a list of elements that hold only text ({@code Reviews/CPPreviewDate}, {@code
 * Disabilities/Disability}) as a record a rule can flag: the list's element as the table, the
 * element's own line as the row, and its text as the field of its own name. An {@link XmlNode}
 * reads a field from a child element, which such an element does not have.
 *
 * @param table the enclosing list's name: {@code Reviews}, {@code Disabilities}
 */
record RepeatedElement(String table, XmlNode element) implements Located {

  @Override
  public long row() {
    return element.line();
  }

  @Override
  public String value(String field) {
    return field.equals(element.name()) ? element.text() : "";
  }
}
