/**
 * The national indicator set, each indicator defined once as a query whose rows are the children
 * (or workers) behind it ({@code definitions/<indicator>.sql}), so that the figure for the council,
 * a service area, a team or a worker and the list of children behind that figure come from the same
 * rows and cannot disagree. {@link org.opencsc.indicators.IndicatorService} answers for any as-at
 * date and period; the {@code indicators} command and the JSON API under {@code /api/indicators}
 * use it. docs/indicators.md describes every indicator.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"calendar", "cli", "council", "database", "security"})
package org.opencsc.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
