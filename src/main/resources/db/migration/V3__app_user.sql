-- OpenCSC schema, part 3: the people who sign in to OpenCSC (not the council's workforce, which is
-- snapshot data in worker). A login may name the worker it is, and the team or service area whose
-- children it may see; those ids are the stable ids the council's snapshots use.

create table app_user (
  username         text primary key check (username <> '' and username = lower(btrim(username))),
  password_hash    text not null check (password_hash like '{bcrypt}%'),
  display_name     text not null check (display_name <> ''),
  role             text not null check (role in ('SOCIAL_WORKER', 'TEAM_MANAGER', 'HEAD_OF_SERVICE',
                                                 'DIRECTOR', 'PERFORMANCE_ANALYST', 'BOARD_MEMBER',
                                                 'ADMINISTRATOR')),
  worker_id        text check (worker_id <> ''),
  team_id          text check (team_id <> ''),
  service_area_id  text check (service_area_id <> ''),
  enabled          boolean not null default true,
  failed_attempts  integer not null default 0 check (failed_attempts >= 0),
  locked_until     timestamptz,
  created_at       timestamptz not null default now()
);
comment on table app_user is 'A login to OpenCSC: who may sign in, with which role, and which part of the council it is scoped to.';
comment on column app_user.username is 'The name typed at sign-in, lower case.';
comment on column app_user.password_hash is 'BCrypt hash of the password, with Spring Security''s {bcrypt} prefix; the password itself is never stored.';
comment on column app_user.display_name is 'The name shown on pages (Signed in as ...).';
comment on column app_user.role is 'One of org.opencsc.security.Roles: what the login may do.';
comment on column app_user.worker_id is 'The worker (worker.worker_id) this login is, for social workers and team managers; null otherwise.';
comment on column app_user.team_id is 'The team (team.team_id) a team manager manages; null otherwise.';
comment on column app_user.service_area_id is 'The service area (service_area.service_area_id) a head of service leads; null otherwise.';
comment on column app_user.enabled is 'False when the login has been switched off by an administrator.';
comment on column app_user.failed_attempts is 'Wrong passwords in a row since the last successful sign-in (or since the last lock ended).';
comment on column app_user.locked_until is 'After 5 wrong passwords in a row the login is refused until this time (15 minutes later).';
comment on column app_user.created_at is 'When the login was first created.';
