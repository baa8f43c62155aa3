-- Logins for the case audit tests, on the council of drilldown/child-record.sql (C1 allocated to
-- W4 in team T3, service area SA2; C2 to W5 in team T1, service area SA1). An auditor must be an
-- enabled login (app_user); the tests sign in as TestUsers with the same usernames.
--   audit-manager   team manager of T1 (sees C2, not C1): audits C1 in the workflow test
--   audit-worker    social worker W5 (holds C2): an auditor who is refused another's audit
--   audit-head-sa2  head of service of SA2 (sees C1): moderates and closes C1's audit
--   audit-board     improvement board member: may not audit (no child), sees results only
insert into app_user (username, password_hash, display_name, role, worker_id, team_id, service_area_id)
values ('audit-manager', '{bcrypt}unused', 'Mo Manager', 'TEAM_MANAGER', null, 'T1', null),
       ('audit-worker', '{bcrypt}unused', 'Wren Worker', 'SOCIAL_WORKER', 'W5', null, null),
       ('audit-head-sa2', '{bcrypt}unused', 'Hana Head', 'HEAD_OF_SERVICE', null, null, 'SA2'),
       ('audit-board', '{bcrypt}unused', 'Bo Board', 'BOARD_MEMBER', null, null, null);
