package org.opencsc.ingest.internal.ssd;

import java.util.Objects;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.IngestContext;

/** What a row is checked against: the collection year's code lists, the job titles, and the run. */
record SsdRules(CodeLists codes, JobTitles titles, IngestContext context) {

  SsdRules {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(context, "context");
  }
}
