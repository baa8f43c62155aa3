package org.opencsc.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.opencsc.database.CopyRows;

/**
 * A source for testing the runner by itself: files whose first line is {@code TEST CHILDREN}, then
 * one {@code child_id,sex,date of birth[,UPN]} per line. A line {@code FAIL} makes the file
 * unreadable there (after rows were staged); a bad date is a row error; any sex is staged, so that
 * a sex the database refuses fails the whole load.
 */
final class TestChildrenSource implements IngestSource {

  @Override
  public String family() {
    return "Test";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    return sample.firstLine().equals("TEST CHILDREN")
        ? Optional.of(new Recognised(this, "children", null))
        : Optional.empty();
  }

  @Override
  public String stagingSql() {
    return "select 1";
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    CopyRows children =
        staging.table(
            "stage_child",
            "source_file, source_row, family, precedence, child_id, sex, person_birth_date,"
                + " ethnicity, upn");
    long row = 0;
    try (BufferedReader in = new BufferedReader(TextFiles.reader(file))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        row++;
        if (line.equals("FAIL")) {
          children.flush();
          throw new UnreadableFileException("TEST_FAIL", "the file says FAIL at row " + row);
        }
        String[] f = line.split(",", -1);
        String child = f[0].strip().toUpperCase(java.util.Locale.ROOT);
        try {
          String upn = f.length > 3 && !f[3].isBlank() ? f[3].strip() : null;
          children.add(
              file.name(), row, "Test", 9, child, f[1], LocalDate.parse(f[2]), "WBRI", upn);
        } catch (DateTimeParseException e) {
          findings.error(file, row, child, "DOB", f[2], "DATE_FORMAT", "not a yyyy-mm-dd date");
        }
      }
    }
    return row;
  }

  @Override
  public String transformSql() {
    return "select 1";
  }
}
