package org.opencsc.ingest.internal.cin;

import org.opencsc.ingest.internal.IngestSource;

/** The CIN census source for tests of other packages (its class is package-private). */
public final class CinSources {

  private CinSources() {}

  public static IngestSource census() {
    return new CinCensusSource();
  }
}
