package org.opencsc.validation.cin;

import java.util.List;

/**
 * One {@code Child} of the CIN census, as the rules read it: its elements, and the census it is in.
 *
 * @param node the {@code Child} element with everything inside it
 */
public record CinChild(XmlNode node, CinReturn census) {

  /** {@code ChildIdentifiers/LAchildID}, trimmed and upper case as OpenCSC keeps it; "" if none. */
  public String id() {
    String id = identifiers().text("LAchildID");
    return id == null ? "" : id.toUpperCase(java.util.Locale.ROOT);
  }

  public XmlNode identifiers() {
    return node.child("ChildIdentifiers");
  }

  public XmlNode characteristics() {
    return node.child("ChildCharacteristics");
  }

  /** The child's episodes of need ({@code CINdetails}), in file order. */
  public List<XmlNode> details() {
    return node.all("CINdetails");
  }
}
