package org.opencsc.generator.model;

import java.util.function.Consumer;

/**
 * A generated council: its organisation, and its children delivered one at a time in child-ID
 * order. {@link #children} may be called more than once and yields the same histories each time
 * (they are regenerated from the seed, not kept).
 */
public interface SyntheticCouncil {

  Organisation organisation();

  /** Number of children {@link #children} will deliver. */
  int childCount();

  void children(Consumer<ChildHistory> sink);
}
