/**
 * The CIN census as the DfE's rules read it: the census XML's elements ({@link
 * org.opencsc.validation.cin.XmlNode}), one {@code Child} at a time, with the census's header.
 */
@NullMarked
@NamedInterface("cin")
package org.opencsc.validation.cin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
