package org.opencsc.ingest.internal.ssda903;

import org.opencsc.ingest.internal.IngestSource;

/** The SSDA903 source for tests of other packages (its class is package-private). */
public final class Ssda903Sources {

  private Ssda903Sources() {}

  public static IngestSource ssda903() {
    return new Ssda903Source();
  }
}
