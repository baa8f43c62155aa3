package org.opencsc.validation.cin;

import java.util.List;
import java.util.Locale;

/**
 * One {@code Child} of the CIN census, as the rules read it: its elements, and the census it is in.
 *
 * <p>What every rule asks first (the identifiers, the characteristics, the episodes) is found once,
 * when the child is made: a hundred rules ask it of each child.
 */
public final class CinChild {

  private final XmlNode node;
  private final CinReturn census;
  private final XmlNode identifiers;
  private final XmlNode characteristics;
  private final List<XmlNode> details;
  private final String id;

  /**
   * @param node the {@code Child} element with everything inside it
   */
  public CinChild(XmlNode node, CinReturn census) {
    this.node = node;
    this.census = census;
    this.identifiers = node.child("ChildIdentifiers");
    this.characteristics = node.child("ChildCharacteristics");
    this.details = node.all("CINdetails");
    String la = identifiers.text("LAchildID");
    this.id = la == null ? "" : la.toUpperCase(Locale.ROOT);
  }

  /** The {@code Child} element with everything inside it. */
  public XmlNode node() {
    return node;
  }

  public CinReturn census() {
    return census;
  }

  /** {@code ChildIdentifiers/LAchildID}, trimmed and upper case as OpenCSC keeps it; "" if none. */
  public String id() {
    return id;
  }

  public XmlNode identifiers() {
    return identifiers;
  }

  public XmlNode characteristics() {
    return characteristics;
  }

  /** The child's episodes of need ({@code CINdetails}), in file order. */
  public List<XmlNode> details() {
    return details;
  }

  @Override
  public String toString() {
    return "CIN child " + id;
  }
}
