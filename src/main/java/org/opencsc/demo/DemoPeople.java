package org.opencsc.demo;

import org.jspecify.annotations.Nullable;

/**
 * Who the demo logins are in the served council: the busiest case-holding worker, their team and
 * service area, and a manager of that team.
 */
record DemoPeople(
    String workerId,
    String workerName,
    String teamId,
    String serviceAreaId,
    @Nullable String managerId,
    @Nullable String managerName) {}
