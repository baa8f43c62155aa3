package org.opencsc.generator.internal;

import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * A generated council. Children are regenerated from the seed on every call, in batches built in
 * parallel and delivered in child-ID order, so only one batch is ever in memory.
 */
final class GeneratedCouncil implements SyntheticCouncil {

  static final int BATCH = 2_048;

  private final Organisation organisation;
  private final int childCount;
  private final long seed;
  private final ChildAssembler assembler;

  GeneratedCouncil(Organisation organisation, int childCount, long seed, ChildAssembler assembler) {
    this.organisation = organisation;
    this.childCount = childCount;
    this.seed = seed;
    this.assembler = assembler;
  }

  @Override
  public Organisation organisation() {
    return organisation;
  }

  @Override
  public int childCount() {
    return childCount;
  }

  @Override
  public void children(Consumer<ChildHistory> sink) {
    for (int from = 0; from < childCount; from += BATCH) {
      int to = Math.min(childCount, from + BATCH);
      ChildHistory[] batch =
          IntStream.range(from, to)
              .parallel()
              .mapToObj(index -> assembler.history(seed, index))
              .toArray(ChildHistory[]::new);
      for (ChildHistory child : batch) {
        sink.accept(child);
      }
    }
  }
}
