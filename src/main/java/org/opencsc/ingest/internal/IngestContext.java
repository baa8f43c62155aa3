package org.opencsc.ingest.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a run knows before it reads a file, and what a source keeps for the length of one run (the
 * SSDA903 return it gathers for the DfE's rules).
 *
 * @param asAt the date the data describes: the CIN census ReferenceDate when one is supplied,
 *     otherwise the date given to the run (default today)
 * @param year the collection year containing {@code asAt}, whose columns and code lists apply
 * @param state per-run state of the sources, by type ({@link #state})
 * @param dfeRules whether the DfE's validation rules run after the checks at the door (always in a
 *     real run; the door's own tests turn them off, as a DfE rule often reports a row first)
 * @param previous the folder of last year's files ({@code --previous DIR}, {@code
 *     opencsc.ingest.previous-folder}), read for the DfE's rules that compare the two years; null
 *     when none was given
 * @param postcodes postcode reference data ({@code --postcodes FILE}, {@code
 *     opencsc.validation.postcodes}), read for the DfE's rules on distance and placement authority;
 *     null when none was given
 * @param providers Ofsted's provider lists ({@code --providers FILE}, {@code
 *     opencsc.validation.providers}), read for the DfE's rules on the episode's URN; null when none
 *     was given
 */
public record IngestContext(
    LocalDate asAt,
    CollectionYear year,
    Map<Class<?>, Object> state,
    boolean dfeRules,
    @Nullable Path previous,
    @Nullable PostcodeFile postcodes,
    @Nullable ProviderFile providers) {

  public IngestContext {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(year, "year");
  }

  public IngestContext(LocalDate asAt, CollectionYear year) {
    this(asAt, year, new ConcurrentHashMap<>(), true, null, null, null);
  }

  /** The checks at the door only, without the DfE's rules (for the door's tests). */
  public IngestContext withoutDfeRules() {
    return new IngestContext(asAt, year, state, false, previous, postcodes, providers);
  }

  /** The same run, given last year's files in {@code folder} (none when null). */
  public IngestContext withPrevious(@Nullable Path folder) {
    return new IngestContext(asAt, year, state, dfeRules, folder, postcodes, providers);
  }

  /** The same run, given postcode reference data (none when null). */
  public IngestContext withPostcodes(@Nullable PostcodeFile file) {
    return new IngestContext(asAt, year, state, dfeRules, previous, file, providers);
  }

  /** The same run, given Ofsted's provider lists (none when null). */
  public IngestContext withProviders(@Nullable ProviderFile file) {
    return new IngestContext(asAt, year, state, dfeRules, previous, postcodes, file);
  }

  /** This run's object of that type, made on first use. */
  public <T> T state(Class<T> type, Supplier<T> made) {
    return type.cast(state.computeIfAbsent(type, t -> made.get()));
  }
}
