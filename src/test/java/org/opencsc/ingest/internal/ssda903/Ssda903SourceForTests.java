package org.opencsc.ingest.internal.ssda903;

import org.opencsc.ingest.internal.IngestSource;

/** The SSDA903 source, for tests in other packages that import every family at once. */
public final class Ssda903SourceForTests {

  private Ssda903SourceForTests() {}

  public static IngestSource create() {
    return new Ssda903Source();
  }
}
