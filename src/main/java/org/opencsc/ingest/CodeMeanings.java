package org.opencsc.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a code in a statutory return means, in words, from the same code lists the ingest checks
 * each year's files against ({@code internal/<return>/codes-<year>.csv}): "C2" in SSDA903 {@code
 * LS} is "Full care order". Pages that show a child's record use it, so that a code reads the way
 * the DfE's guide for that year words it.
 */
@Component
public class CodeMeanings {

  /** The returns whose code lists the ingest keeps by collection year. */
  public enum Return {
    /** SSDA903, children looked after: fields such as {@code LS}, {@code PLACE}, {@code REC}. */
    SSDA903("ssda903"),
    /** The CIN census: {@code ReferralSource}, {@code PrimaryNeedCode}, ... */
    CIN("cin"),
    /** The Standard Safeguarding Dataset: {@code invo_worker_change_reason}, ... */
    SSD("ssd");

    private final String folder;

    Return(String folder) {
      this.folder = folder;
    }
  }

  private static final Pattern YEAR_FILE = Pattern.compile("codes-(\\d{4})-\\d{2}\\.csv");

  /** Each return's lists, one a collection year (by its first year). */
  private final Map<Return, List<YearList>> lists = new EnumMap<>(Return.class);

  private record YearList(int startYear, CodeLists codes) {}

  public CodeMeanings() {
    for (Return source : Return.values()) {
      lists.put(source, load(source));
    }
  }

  /**
   * The meaning of {@code code} in {@code field} of the return, as the code list of the collection
   * year containing {@code on} words it; when that year has no list or its list lacks the code, the
   * nearest year's list that has it (the later of two as near). Empty when no list knows the code.
   */
  public Optional<String> meaning(Return source, String field, String code, LocalDate on) {
    Objects.requireNonNull(source, "source");
    int year = CollectionYear.containing(on).startYear();
    return lists.get(source).stream()
        .sorted(
            Comparator.<YearList>comparingInt(l -> Math.abs(l.startYear() - year))
                .thenComparing(Comparator.comparingInt(YearList::startYear).reversed()))
        .map(l -> l.codes().meaning(field, code))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static List<YearList> load(Return source) {
    String folder = "org/opencsc/ingest/internal/" + source.folder + "/";
    List<YearList> years = new ArrayList<>();
    try {
      for (Resource file :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:" + folder + "codes-*.csv")) {
        Matcher name = YEAR_FILE.matcher(Objects.requireNonNullElse(file.getFilename(), ""));
        if (name.matches()) {
          String resource = source.folder + "/" + name.group();
          CodeLists.load(CodeLists.class, resource)
              .ifPresent(codes -> years.add(new YearList(Integer.parseInt(name.group(1)), codes)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the code lists in " + folder, e);
    }
    return List.copyOf(years);
  }
}
