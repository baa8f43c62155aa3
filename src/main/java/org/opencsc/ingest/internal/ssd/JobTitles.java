package org.opencsc.ingest.internal.ssd;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The CSWW OrgRole (1 senior manager … 6 qualified, not holding cases) a {@code
 * prof_professional_job_title} stands for, kept as data in {@code job-titles.csv} (title,
 * org_role); titles match whatever their case and surrounding spaces.
 */
final class JobTitles {

  /** How a title OpenCSC does not know is read: a case-holding social worker. */
  static final int UNKNOWN_ROLE = 5;

  private final Map<String, Integer> roles;

  private JobTitles(Map<String, Integer> roles) {
    this.roles = Map.copyOf(roles);
  }

  static JobTitles load() {
    Map<String, Integer> roles = new HashMap<>();
    InputStream in =
        Objects.requireNonNull(
            JobTitles.class.getResourceAsStream("job-titles.csv"), "job-titles.csv");
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord record : csv) {
        roles.put(key(record.getField("title")), Integer.parseInt(record.getField("org_role")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read job-titles.csv", e);
    }
    return new JobTitles(roles);
  }

  OptionalInt orgRole(String title) {
    Integer role = roles.get(key(title));
    return role == null ? OptionalInt.empty() : OptionalInt.of(role);
  }

  /** Senior practitioners and case-holding social workers hold cases (CSWW OrgRole 4 and 5). */
  static boolean caseHolding(int orgRole) {
    return orgRole == 4 || orgRole == 5;
  }

  private static String key(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
