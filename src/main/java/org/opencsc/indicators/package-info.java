/**
 * The national indicator set, each indicator defined once as a query whose rows are the children
 * (or workers) behind it ({@code definitions/<indicator>.sql}), so that the figure for the council,
 * a service area, a team or a worker and the list of children behind that figure come from the same
 * rows and cannot disagree. {@link org.opencsc.indicators.IndicatorService} answers for any as-at
 * date and period; the {@code indicators} command and the JSON API under {@code /api/indicators}
 * use it. {@link org.opencsc.indicators.IndicatorTargets} holds the council's targets and RAG
 * thresholds (set by administrators, with their history); {@link org.opencsc.indicators.Benchmarks}
 * the published England, regional and statistical-neighbour figures and each indicator's comparison
 * with them. docs/indicators.md describes every indicator,
 * docs/indicators-targets-and-benchmarks.md the targets and benchmarks.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"calendar", "cli", "council", "database", "security", "web"})
package org.opencsc.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
