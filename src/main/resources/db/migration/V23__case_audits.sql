-- OpenCSC schema, part 23: case audits, the council's quality assurance framework (issue 7).
-- What the council enters here is not snapshot data: it must survive every nightly refresh, so it
-- names children, workers, teams and service areas by the council's stable ids and never joins a
-- snapshot's rows by key. Names are looked up in the served snapshot when a page is shown.

-- Templates: every saved change is a new version; an audit keeps the version it was started on.
create table audit_template (
  template_id  bigint generated always as identity primary key,
  name         text not null unique check (btrim(name) <> '')
);
comment on table audit_template is 'A case audit template (its versions hold the sections and questions).';

create table audit_template_version (
  version_id   bigint generated always as identity primary key,
  template_id  bigint not null references audit_template,
  version      integer not null check (version >= 1),
  name         text not null check (btrim(name) <> ''),
  saved_by     text not null,
  saved_at     timestamptz not null default now(),
  unique (template_id, version)
);
comment on table audit_template_version is 'One saved state of a template: versions are never changed or deleted, so an audit always reads the questions it was answered against.';

create table audit_template_section (
  version_id   bigint not null references audit_template_version,
  section_no   integer not null check (section_no >= 1),
  title        text not null check (btrim(title) <> ''),
  primary key (version_id, section_no)
);

create table audit_template_question (
  version_id   bigint not null,
  section_no   integer not null,
  question_no  integer not null check (question_no >= 1),
  kind         text not null check (kind in ('graded', 'text')),
  text         text not null check (btrim(text) <> ''),
  guidance     text not null default '',
  primary key (version_id, section_no, question_no),
  foreign key (version_id, section_no) references audit_template_section
);
comment on column audit_template_question.kind is 'graded: answered outstanding, good, requires improvement or inadequate (with an optional comment); text: answered in words.';

-- Learning themes: a list the administrator extends.
create table audit_theme (
  theme_id     bigint generated always as identity primary key,
  name         text not null unique check (btrim(name) <> '')
);

create table audit (
  audit_id          bigint generated always as identity primary key,
  version_id        bigint not null references audit_template_version,
  child_id          text not null check (child_id <> ''),
  worker_id         text check (worker_id <> ''),
  team_id           text check (team_id <> ''),
  service_area_id   text check (service_area_id <> ''),
  auditor           text not null check (auditor <> ''),
  due_date          date not null,
  state             text not null default 'assigned'
                    check (state in ('assigned', 'in-progress', 'submitted', 'moderated', 'closed')),
  overall_grade     text check (overall_grade in ('outstanding', 'good', 'requires-improvement', 'inadequate')),
  strengths         text not null default '',
  areas_to_improve  text not null default '',
  moderated_grade   text check (moderated_grade in ('outstanding', 'good', 'requires-improvement', 'inadequate')),
  moderation_reason text not null default '',
  moderator         text,
  assigned_by       text not null,
  assigned_at       timestamptz not null default now(),
  submitted_at      timestamptz,
  check (state in ('assigned', 'in-progress') or overall_grade is not null),
  check (state not in ('moderated', 'closed') or (moderated_grade is not null and moderator is not null)),
  check (moderated_grade is null or moderated_grade = overall_grade or btrim(moderation_reason) <> '')
);
create index audit_child on audit (child_id);
create index audit_auditor on audit (auditor);
comment on table audit is 'A case audit of one child''s record: assigned to an auditor (a login), completed, moderated and closed.';
comment on column audit.worker_id is 'The child''s worker the audit looks at (by default the worker allocated in the snapshot served when it was assigned).';
comment on column audit.team_id is 'The worker''s team when the audit was assigned, so results by team stay put when the worker moves.';
comment on column audit.service_area_id is 'The team''s service area when the audit was assigned.';
comment on column audit.auditor is 'The login (app_user.username) who completes the audit; only they may edit it.';
comment on column audit.moderated_grade is 'The moderator''s overall grade; results use it once the audit is moderated.';
comment on column audit.moderation_reason is 'Why the moderator''s grade differs from the auditor''s (required when it does).';
comment on column audit.submitted_at is 'When the auditor submitted: results count the audit in this quarter.';

create table audit_answer (
  audit_id     bigint not null references audit,
  section_no   integer not null,
  question_no  integer not null,
  grade        text check (grade in ('outstanding', 'good', 'requires-improvement', 'inadequate')),
  answer       text not null default '',
  primary key (audit_id, section_no, question_no)
);

create table audit_learning_theme (
  audit_id     bigint not null references audit,
  theme_id     bigint not null references audit_theme,
  primary key (audit_id, theme_id)
);

create table audit_transition (
  transition_id bigint generated always as identity primary key,
  audit_id      bigint not null references audit,
  from_state    text,
  to_state      text not null,
  by_username   text not null,
  at            timestamptz not null default now()
);
create index audit_transition_audit on audit_transition (audit_id, transition_id);
comment on table audit_transition is 'Every change of an audit''s state, with who made it and when (from_state null: assigned).';

-- The default template: synthetic wording written for OpenCSC.
insert into audit_template (name) values ('Case file audit');
insert into audit_template_version (template_id, version, name, saved_by)
select template_id, 1, name, 'opencsc' from audit_template where name = 'Case file audit';

insert into audit_template_section (version_id, section_no, title)
select v.version_id, s.no, s.title
  from audit_template_version v,
       (values (1, 'The child''s lived experience and voice'),
               (2, 'Assessment'),
               (3, 'Planning and review'),
               (4, 'Management oversight and supervision'),
               (5, 'Impact and outcome')) s(no, title)
 where v.version = 1;

insert into audit_template_question (version_id, section_no, question_no, kind, text, guidance)
select v.version_id, q.s, q.q, q.kind, q.text, q.guidance
  from audit_template_version v,
       (values
        (1, 1, 'graded', 'Is the child seen, and seen alone where appropriate, as often as their plan says?',
               'Look at the visits recorded in the last six months and whether the record says what the child was doing and how they seemed.'),
        (1, 2, 'graded', 'Are the child''s wishes and feelings recorded in their own words and acted on?',
               'Direct work, quotes, drawings or a note of how the child communicates; what changed because of what the child said.'),
        (1, 3, 'text', 'What is daily life like for this child, as the record shows it?',
               'Write a few sentences from the child''s point of view.'),
        (2, 1, 'graded', 'Is the latest assessment up to date, analytical and clear about risk and need?',
               'History, the family''s strengths, what the worries are and why; not a list of events.'),
        (2, 2, 'graded', 'Were the family and the professionals around the child involved in the assessment?',
               'Parents, carers, school, health and any other agency that knows the child.'),
        (3, 1, 'graded', 'Is there a plan that says what will change, who will do it and by when?',
               'Specific, measurable actions that follow from the assessment.'),
        (3, 2, 'graded', 'Are reviews, visits and meetings held on time and do they test progress against the plan?',
               'Compare the dates due with the dates held; read the latest review.'),
        (3, 3, 'text', 'Where has drift or delay affected the child?', 'Say what and for how long, or write none found.'),
        (4, 1, 'graded', 'Is management oversight recorded at key decision points, with reasons?',
               'Decisions to step up or down, to convene a conference, to start or end a plan.'),
        (4, 2, 'graded', 'Is supervision regular and reflective, and does it move the plan on?',
               'Supervision notes on the child''s file in the last three months.'),
        (5, 1, 'graded', 'Is the child''s situation improving because of the help given?',
               'Evidence of change for the child, not only of services delivered.'),
        (5, 2, 'text', 'What difference has our involvement made for this child?', 'One or two sentences.'))
       q(s, q, kind, text, guidance)
 where v.version = 1;

insert into audit_theme (name)
values ('Voice of the child'), ('Quality of assessment'), ('Drift and delay'), ('Management oversight'),
       ('Supervision'), ('Multi-agency working'), ('Recording'), ('Planning'), ('Permanence'),
       ('Identity and diversity');
