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
 * file's census year ({@code codes-<year>.csv}) and into the tables of {@code staging.sql}.
 *
 * <p><b>Moved</b> into the snapshot by {@code transform.sql}: checks across children first (the
 * same child twice, overlapping protection plans), then referrals and everything under them, with
 * identifiers made from the child, the dates and the order of same-day records.
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
        .map(header -> new Recognised(this, "census", header.asAt().orElse(null)));
  }

  @Override
  public String stagingSql() {
    return stagingSql;
  }

  @Override
  public void stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    new CinFileReader(file, context, staging, findings).read();
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
