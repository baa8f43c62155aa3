package org.opencsc.ingest.internal.cin;

import org.opencsc.ingest.internal.IngestSource;

/** The CIN census source, for tests in other packages that import every family at once. */
public final class CinSourceForTests {

  private CinSourceForTests() {}

  public static IngestSource create() {
    return new CinCensusSource();
  }
}
