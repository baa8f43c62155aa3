package org.opencsc.ingest;

/** Where a run says how far it has got: a progress bar on a terminal, log lines otherwise. */
public interface IngestProgress {

  IngestProgress NONE = new IngestProgress() {};

  /** A run's steps: scanning files, staging each, checking, loading. */
  default void step(String description, long done, long total) {}
}
