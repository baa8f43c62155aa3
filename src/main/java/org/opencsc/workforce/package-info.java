/**
 * The workforce page's figures: by team and for the council, caseloads (case-holding workers by
 * caseload band, the mean caseload and the share over the council's caseload threshold), the agency
 * share, vacancies, turnover and supervision on time. Every figure is the indicator engine's (the
 * workforce indicators at team level), and the caseload bands are counted from the rows behind the
 * average caseload, so this page and the indicator pages cannot disagree. Figures only, no child:
 * every role sees them. The page is in {@code web/}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"council", "indicators", "web"})
package org.opencsc.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
