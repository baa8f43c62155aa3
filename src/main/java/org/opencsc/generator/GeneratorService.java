package org.opencsc.generator;

import java.nio.file.Path;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.generator.internal.AnnexAWriter;
import org.opencsc.generator.internal.CinCensusWriter;
import org.opencsc.generator.internal.CswwWriter;
import org.opencsc.generator.internal.ReportingYear;
import org.opencsc.generator.internal.SnapshotLoader;
import org.opencsc.generator.internal.SsdWriter;
import org.opencsc.generator.internal.Ssda903Writer;
import org.opencsc.generator.model.SyntheticCouncil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What can be done with a generated council: write its statutory returns for the collection year of
 * the settings, and load it into the database as a new served snapshot. The database is only
 * touched (and so only started) by {@link #load}.
 */
@Service
public class GeneratorService {

  private final ObjectProvider<MigratedDatabase> database;

  public GeneratorService(ObjectProvider<MigratedDatabase> database) {
    this.database = database;
  }

  /**
   * Writes {@code directory/ssda903/*.csv}, {@code directory/cin/cin_census.xml}, the Standard
   * Safeguarding Dataset extract {@code directory/ssd/*.csv}, the children's social work workforce
   * census {@code directory/csww/*.csv} (the census year ending on the last 30 September on or
   * before the extract date) and Ofsted's Annex A workbook {@code directory/annex-a/annex-a.xlsx},
   * in one pass over the children (each pass regenerates them from the seed).
   */
  public ReturnsWritten writeReturns(
      SyntheticCouncil council, GeneratorSettings settings, Path directory) {
    ReportingYear year =
        new ReportingYear(settings.collectionYearStart(), settings.collectionYearEnd());
    try (Ssda903Writer ssda903 = Ssda903Writer.open(council.organisation(), year, directory);
        CinCensusWriter cin = CinCensusWriter.open(council.organisation(), year, directory);
        SsdWriter ssd = SsdWriter.open(council.organisation(), directory);
        CswwWriter csww = CswwWriter.open(council.organisation(), directory);
        AnnexAWriter annexA = AnnexAWriter.open(council.organisation(), directory)) {
      council.children(
          history -> {
            ssda903.accept(history);
            cin.accept(history);
            ssd.accept(history);
            csww.accept(history);
            annexA.accept(history);
          });
      Ssda903Writer.Result returned = ssda903.finish();
      return new ReturnsWritten(
          directory,
          returned.children(),
          returned.rowsByFile(),
          cin.finish(),
          ssd.finish().rowsByFile(),
          csww.finish().rowsByFile(),
          annexA.finish().rowsBySheet());
    }
  }

  /**
   * Loads the council into a new snapshot and serves it.
   *
   * @throws LoadFailedException when the load failed; the served snapshot is then unchanged
   */
  public CouncilLoaded load(SyntheticCouncil council, GeneratorSettings settings) {
    String source =
        "generator size="
            + settings.size().name().toLowerCase(java.util.Locale.ROOT)
            + " seed="
            + settings.seed();
    SnapshotLoader.Result result =
        new SnapshotLoader(database.getObject().dataSource()).load(council, source);
    return new CouncilLoaded(
        result.snapshotId(), result.children(), result.rowsByTable(), result.took());
  }
}
