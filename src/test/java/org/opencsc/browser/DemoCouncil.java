package org.opencsc.browser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parts of the demo council the browser scenarios open: the demo worker's own worker, team and
 * service area (the demo head and manager are scoped to the same), another team with children
 * allocated today, none of whom the demo worker has ever held, and one of that team's children.
 */
record DemoCouncil(
    String serviceAreaId,
    String teamId,
    String workerId,
    String otherTeamId,
    String otherTeamChildId) {

  static DemoCouncil read(JdbcClient jdbc) {
    return jdbc.sql(
            """
            with served as (
              select s.snapshot_id, s.as_at
                from current_snapshot c join snapshot s using (snapshot_id)
            ),
            demo as (select worker_id, team_id, service_area_id from app_user where username = 'worker'),
            other as (
              select a.team_id, min(a.child_id) as child_id
                from allocation a join served using (snapshot_id)
               where a.start_date <= served.as_at
                 and (a.end_date is null or a.end_date > served.as_at)
                 and a.team_id <> (select team_id from demo)
               group by a.team_id
              having bool_and(a.child_id not in (select x.child_id
                                                   from allocation x join served using (snapshot_id)
                                                  where x.worker_id = (select worker_id from demo)))
               order by count(*) desc, a.team_id
               limit 1
            )
            select demo.service_area_id, demo.team_id, demo.worker_id,
                   other.team_id as other_team_id, other.child_id as other_team_child_id
              from demo, other
            """)
        .query(DemoCouncil.class)
        .single();
  }
}
