package org.opencsc.ingest.internal.cin;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.springframework.stereotype.Component;

/**
 * The DfE children in need census (XML, dates yyyy-mm-dd, the year 1 April to 31 March).
 *
 * <p><b>Recognised</b> by content, whatever the file is called: an XML document whose root is
 * {@code Message} and whose {@code Header/CollectionDetails/Collection} is {@code CIN} (the
 * workforce census has the same root with {@code CSWW}). The header's {@code ReferenceDate} (or 31
 * March of its {@code Year}) becomes the date the snapshot describes.
 *
 * <p><b>Read</b> by {@link CinFileReader}, one child at a time, checked per child in Java ({@link
 * ChildStager}, {@link EpisodeStager}, {@link ProtectionStager}) against the code lists of the
 * file's census year ({@code codes-<year>.csv}); the child goes to the core's {@code stage_child},
 * everything below it straight into the snapshot's load tables ({@link CinRows}).
 *
 * <p><b>What an error keeps out</b>: the element that holds the bad value, with everything inside
 * it, and nothing else. A child without a usable LAchildID, or whose identifiers or characteristics
 * the database would refuse, is kept out whole; a bad value in a CINdetails' own fields keeps out
 * that episode with its assessments, plans and enquiries; a bad date in one Assessments,
 * CINPlanDates, Section47 or ChildProtectionPlans keeps out only that element (a plan with its
 * reviews, an assessment with its factors); a bad Disability, AssessmentFactors code or
 * CPPreviewDate keeps out only itself. A later date before the one it follows (an end before its
 * start, anything before its referral) counts as a bad value of the later date. UPN, FormerUPN and
 * UPNunknown only help matching: when malformed the child is loaded without them, with a query.
 * Every finding names the file, the child's position in it (the row), the child, the element name
 * as the field, the value and the reason, including what was kept out.
 *
 * <p><b>Identified and checked across records</b> while reading, one child at a time ({@link
 * Journey}): identifiers made from the child, the dates and the order of same-day records;
 * overlapping protection plans kept out. {@code transform.sql} then applies the one rule that needs
 * every file: the same child twice is kept out after its first record.
 */
@Component
final class CinCensusSource implements IngestSource {

  /** Where the census stands among the sources that describe a child (CIN 1, SSDA903 2, SSD 3). */
  static final int PRECEDENCE = 1;

  private final String stagingSql = SqlFile.load(CinCensusSource.class, "staging.sql");
  private final String transformSql = SqlFile.load(CinCensusSource.class, "transform.sql");

  @Override
  public String family() {
    return "CIN census";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    if (sample.binary()) {
      return Optional.empty();
    }
    return CinHeader.sniff(sample.head())
        .map(header -> new Recognised(this, "", header.asAt().orElse(null)));
  }

  @Override
  public String stagingSql() {
    return stagingSql;
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    return new CinFileReader(file, context, staging, findings).read();
  }

  @Override
  public String transformSql() {
    return transformSql;
  }

  @Override
  public int order() {
    return 10 * PRECEDENCE;
  }
}
