/**
 * The council's answer to Ofsted: the register of inspections and visits with their findings
 * ({@link org.opencsc.improvement.Inspections}), the improvement plan's actions with their owners,
 * dates, status, RAG and a history kept forever ({@link org.opencsc.improvement.ImprovementPlan}),
 * and the board and committee meetings that raise actions ({@link
 * org.opencsc.improvement.Meetings}). None of it is snapshot data: it survives every refresh. An
 * action links to the indicators that should move; its page shows their trend since the action
 * started. Figures and plans only, no child: every login may read it. docs/improvement.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"council", "database", "indicators", "security", "web"})
package org.opencsc.improvement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
