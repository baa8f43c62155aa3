/**
 * Drilling down to one child: the child's record in the served snapshot ({@link
 * org.opencsc.drilldown.ChildRecordService}): who the child is and what they are open as now, the
 * timeline of everything recorded about them (contacts to care leaver contacts), and the workers
 * who held the case. The page {@code /children/{childId}} ({@code web/}) shows it to the logins
 * whose scope includes the child (docs/child-record.md), with the child's case audits that the
 * login may open (from {@link org.opencsc.audits.AuditService}).
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {"audits", "council", "database", "ingest", "security", "web"})
package org.opencsc.drilldown;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
