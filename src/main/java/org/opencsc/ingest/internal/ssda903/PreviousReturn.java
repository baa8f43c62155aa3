package org.opencsc.ingest.internal.ssda903;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.TextFiles;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.validation.ssda903.Ssda903Return;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Last year's SSDA903 return, for the DfE's rules that compare the two years (a child's sex, date
 * of birth and ethnicity as recorded before, the episode open at the end of last year, …).
 *
 * <p>Its folder is read like any folder the ingest is given: every file in it and two levels of
 * subfolders, recognised by its header row whatever it is called, read with last year's columns and
 * code lists, keeping only the rows the door would let in. Nothing of it is staged or loaded, and
 * its row errors are not reported: they were last year's, and last year's run reported them. Files
 * that are not SSDA903 tables (last year's CIN census, a note) are passed over. A folder that is
 * not there, holds no SSDA903 table, or has a file that cannot be used stops the run before it
 * starts, naming the file: a run checked against half of last year would report false differences.
 *
 * @param ssda903 the return, child by child
 * @param files the files read, by name relative to the folder
 */
record PreviousReturn(Ssda903Return ssda903, List<String> files) {

  /** How deep to look: the folder and two levels of subfolders, as in the run's own folder. */
  private static final int FOLDER_DEPTH = 3;

  /**
   * @param year last year: the collection year whose columns and code lists the files follow
   * @param thisYear this year's code lists, into which last year's SEX codes are read
   * @throws IngestException when the folder or one of its files cannot be used
   */
  static PreviousReturn read(
      Ssda903Source source,
      Path folder,
      CollectionYear year,
      Ssda903Source.YearCodes codes,
      CodeLists thisYear) {
    Ssda903Return ssda903 = Ssda903Source.newReturn(year, codes);
    List<String> read = new ArrayList<>();
    for (Path path : files(folder)) {
      String name = folder.relativize(path).toString();
      try {
        TextFiles.Scan scan = TextFiles.scan(path);
        Optional<Recognised> recognised = source.recognise(scan.sample());
        if (recognised.isEmpty()) {
          continue;
        }
        SourceFile file =
            new SourceFile(
                path, name, scan.size(), scan.sha256(), scan.charset(), recognised.get());
        for (Ssda903Row row : readFile(file, year, codes)) {
          ssda903.add(sexAsThisYear(row, thisYear));
        }
        read.add(name);
      } catch (IOException e) {
        throw refused(folder, name, "cannot be read: " + e.getMessage(), e);
      } catch (UnreadableFileException e) {
        throw refused(folder, name, "cannot be used: " + e.getMessage(), e);
      }
    }
    if (read.isEmpty()) {
      throw new IngestException(
          "last year's folder "
              + folder
              + " holds no SSDA903 file (no header row of an SSDA903"
              + " table)");
    }
    return new PreviousReturn(ssda903, List.copyOf(read));
  }

  /** The rows of one file the door would let in, as the DfE's rules read them. */
  private static List<Ssda903Row> readFile(
      SourceFile file, CollectionYear year, Ssda903Source.YearCodes codes)
      throws IOException, UnreadableFileException {
    Ssda903Table table = Ssda903Table.ofLabel(file.recognised().part());
    if (!table.collectedIn(year)) {
      throw new UnreadableFileException(
          "TABLE_NOT_COLLECTED",
          String.format(
              "the SSDA903 %s table is collected from %s, and last year was %s",
              table.label(), table.firstYearLabel(), year));
    }
    List<Ssda903Row> rows = new ArrayList<>();
    try (Reader text = TextFiles.reader(file)) {
      new Ssda903Reader(file, table, new FieldValues(codes.lists(), codes.year()), finding -> {})
          .read(text, row -> {}, rows);
    } catch (SQLException e) {
      // nothing here writes to the database
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /**
   * The row with its SEX in this year's code: returns before 2025-26 may say 1 and 2 for male and
   * female, which the door reads as M and F; compared as written, every such child's sex would
   * differ from last year's (rule 202). Only the Header and UASC tables have SEX.
   */
  private static Ssda903Row sexAsThisYear(Ssda903Row row, CodeLists thisYear) {
    String sex = row.value("SEX").strip();
    if (!(sex.equals("1") || sex.equals("2")) || thisYear.allows("SEX", sex)) {
      return row;
    }
    List<Column> columns = Ssda903Table.ofLabel(row.table()).columns();
    Map<String, Integer> positions = new HashMap<>();
    String[] values = new String[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      positions.put(name, i);
      values[i] = name.equals("SEX") ? (sex.equals("1") ? "M" : "F") : row.value(name);
    }
    return new Ssda903Row(row.table(), row.file(), row.row(), positions, values);
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IngestException("last year's folder " + folder + " is not a folder");
    }
    try (Stream<Path> walk = Files.walk(folder, FOLDER_DEPTH)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !folder.relativize(p).toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IngestException("cannot list last year's folder " + folder + ": " + e, e);
    }
  }

  private static IngestException refused(Path folder, String name, String why, Exception e) {
    return new IngestException(
        "last year's file " + folder.resolve(name) + " " + why + "; nothing was run", e);
  }
}
