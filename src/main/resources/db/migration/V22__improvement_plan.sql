-- OpenCSC schema, part 22: inspections, their findings and the improvement plan (issue 7).
--
-- What the council enters here is not snapshot data: no row refers to a snapshot, so every nightly
-- refresh leaves it alone. An action's service area is the council's stable service area id, kept
-- as text (service areas live in each snapshot, not in one table a key could point at); the page
-- shows its name from the served snapshot when it is there. Indicators are files, not rows, so an
-- action's indicators are ids checked against the catalogue when they are linked (as V11 does).

create table inspection (
  inspection_id  bigint generated always as identity primary key,
  kind           text not null check (kind in ('ilacs', 'focused_visit', 'monitoring_visit', 'jtai')),
  inspected_on   date not null,
  theme          text not null default '' check (length(theme) <= 300),
  judgement      text check (judgement in ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  letter_url     text check (letter_url ~ '^https://[^\s]+$' and length(letter_url) <= 1000),
  created_by     text not null check (created_by <> ''),
  created_at     timestamptz not null default now(),
  changed_by     text not null check (changed_by <> ''),
  changed_at     timestamptz not null default now(),
  -- only a full ILACS inspection is graded on the four-point scale; visits and JTAIs are not
  check (judgement is null or kind = 'ilacs')
);
comment on table inspection is 'An Ofsted inspection or visit of the council''s children''s services: ILACS, focused visit, monitoring visit or joint targeted area inspection (JTAI).';
comment on column inspection.kind is 'ilacs, focused_visit, monitoring_visit or jtai.';
comment on column inspection.inspected_on is 'The date of the inspection or visit (its last day on site).';
comment on column inspection.theme is 'What it looked at, e.g. "Front Door: MASH, Duty and EDT"; empty for a full inspection.';
comment on column inspection.judgement is 'The overall effectiveness judgement of an ILACS (outstanding, good, requires_improvement, inadequate); null when none was given.';
comment on column inspection.letter_url is 'The published letter or report (an https address); null until it is published.';
create index on inspection (inspected_on desc);

create table inspection_finding (
  finding_id     bigint generated always as identity primary key,
  inspection_id  bigint not null references inspection on delete restrict,
  kind           text not null check (kind in ('strength', 'area_for_development', 'recommendation', 'priority_action')),
  finding_text   text not null check (btrim(finding_text) <> '' and length(finding_text) <= 4000),
  created_by     text not null check (created_by <> ''),
  created_at     timestamptz not null default now(),
  changed_by     text not null check (changed_by <> ''),
  changed_at     timestamptz not null default now()
);
comment on table inspection_finding is 'What an inspection or visit found: a strength, an area for development, a recommendation or a priority action, in the inspectors'' words.';
comment on column inspection_finding.kind is 'strength, area_for_development, recommendation or priority_action.';
create index on inspection_finding (inspection_id, finding_id);

create table improvement_meeting (
  meeting_id  bigint generated always as identity primary key,
  kind        text not null check (kind in ('improvement_board', 'scrutiny_committee', 'other')),
  held_on     date not null,
  title       text not null check (btrim(title) <> '' and length(title) <= 300),
  attendees   text not null default '' check (length(attendees) <= 4000),
  decisions   text not null default '' check (length(decisions) <= 8000),
  created_by  text not null check (created_by <> ''),
  created_at  timestamptz not null default now(),
  changed_by  text not null check (changed_by <> ''),
  changed_at  timestamptz not null default now()
);
comment on table improvement_meeting is 'A meeting of the improvement board, the scrutiny committee or another body that oversees the plan: when, who came, what it decided. The actions it raised name it (improvement_action.meeting_id).';
create index on improvement_meeting (held_on desc);

create table improvement_action (
  action_id        bigint generated always as identity primary key,
  title            text not null check (btrim(title) <> '' and length(title) <= 300),
  description      text not null default '' check (length(description) <= 8000),
  owner            text not null references app_user (username),
  service_area_id  text check (service_area_id <> '' and length(service_area_id) <= 100),
  start_date       date not null,
  due_date         date not null,
  status           text not null default 'not_started'
                     check (status in ('not_started', 'in_progress', 'completed', 'closed')),
  rag              text check (rag in ('red', 'amber', 'green')),
  evidence         text not null default '' check (length(evidence) <= 8000),
  meeting_id       bigint references improvement_meeting on delete restrict,
  created_by       text not null check (created_by <> ''),
  created_at       timestamptz not null default now(),
  changed_at       timestamptz not null default now(),
  check (due_date >= start_date)
);
comment on table improvement_action is 'One action of the council''s improvement plan: what, who owns it, by when, where it stands. Every change is in improvement_action_update.';
comment on column improvement_action.owner is 'The login (app_user) who owns the action: only they and administrators may update it.';
comment on column improvement_action.service_area_id is 'The service area the action is about (the council''s stable id), or null for the whole service.';
comment on column improvement_action.status is 'not_started, in_progress, completed (done, with evidence) or closed (stopped without being completed: superseded or no longer needed).';
comment on column improvement_action.rag is 'The owner''s own rating of the action: red (will not be done on time), amber (at risk), green (on track); null until first rated. Overdue is derived (due_date past and status not_started or in_progress), never stored.';
comment on column improvement_action.evidence is 'The evidence that the action is done or working, in the owner''s words.';
comment on column improvement_action.meeting_id is 'The board or committee meeting that raised the action, if one did.';
create index on improvement_action (owner);
create index on improvement_action (due_date);

create table improvement_action_finding (
  action_id   bigint not null references improvement_action on delete cascade,
  finding_id  bigint not null references inspection_finding on delete restrict,
  primary key (action_id, finding_id)
);
comment on table improvement_action_finding is 'The inspection findings an action answers.';
create index on improvement_action_finding (finding_id);

create table improvement_action_indicator (
  action_id  bigint not null references improvement_action on delete cascade,
  indicator  text not null check (indicator ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$'),
  primary key (action_id, indicator)
);
comment on table improvement_action_indicator is 'The indicators an action should move (ids of the indicator catalogue; not foreign keys, indicators are files).';

create table improvement_action_update (
  update_id   bigint generated always as identity primary key,
  action_id   bigint not null references improvement_action on delete restrict,
  updated_at  timestamptz not null default now(),
  updated_by  text not null check (updated_by <> ''),
  changes     jsonb not null check (jsonb_typeof(changes) = 'array'),
  note        text not null default '' check (length(note) <= 4000)
);
comment on table improvement_action_update is 'Append-only history of every action: its creation and each update, who made it, when, what changed ([{"field", "from", "to"}], values as stored) and the note written with it. Rows are never updated or deleted.';
create index on improvement_action_update (action_id, updated_at desc, update_id desc);

create function improvement_action_update_is_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'improvement_action_update is append-only: its rows are never updated or deleted';
end;
$$;
comment on function improvement_action_update_is_append_only() is 'Refuses an update or delete of improvement_action_update: an action''s history is kept as written.';

create trigger improvement_action_update_append_only
  before update or delete on improvement_action_update
  for each row execute function improvement_action_update_is_append_only();
