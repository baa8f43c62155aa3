/**
 * What falls due for a worker and for a team on the served snapshot's date: statutory visits and
 * reviews of looked-after children, child protection visits and review conferences, assessments
 * nearing 45 working days, and the workers' own supervision, each due by the same rule as the
 * indicator that measures it. {@link org.opencsc.tasks.TaskService} answers; the pages {@code
 * /my-work} and {@code /teams/{id}/work} show it, "my work" with the improvement plan's open
 * actions the login owns ({@link org.opencsc.improvement.ImprovementPlan#myActions}). docs/tasks.md
 * gives the rules and who sees what.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"council", "database", "improvement", "indicators", "security", "web"})
package org.opencsc.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
