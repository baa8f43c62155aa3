-- A small improvement plan for the tests (ids in the 9200s): the logins that own actions, one
-- ILACS inspection with two findings, one scrutiny committee meeting, and action 9201 owned by
-- matrix-manager (EndpointMatrixIT's team manager), answering finding 9202, raised by meeting 9201,
-- linked to cla_at_period_end, with its creation in its history. Synthetic: no real council.
insert into app_user (username, password_hash, display_name, role)
values ('matrix-manager', '{bcrypt}$2a$10$unused', 'Matrix Manager', 'TEAM_MANAGER'),
       ('matrix-director', '{bcrypt}$2a$10$unused', 'Matrix Director', 'DIRECTOR'),
       ('matrix-admin', '{bcrypt}$2a$10$unused', 'Matrix Admin', 'ADMINISTRATOR')
on conflict (username) do nothing;

insert into inspection (inspection_id, kind, inspected_on, theme, judgement, letter_url, created_by,
                        changed_by)
overriding system value
values (9201, 'ilacs', '2024-11-15', '', 'requires_improvement',
        'https://reports.example.org/ilacs-exampleshire.pdf', 'matrix-admin', 'matrix-admin');
insert into inspection_finding (finding_id, inspection_id, kind, finding_text, created_by, changed_by)
overriding system value
values (9201, 9201, 'strength', 'Leaders know their services well.', 'matrix-admin', 'matrix-admin'),
       (9202, 9201, 'recommendation', 'Improve the timeliness of initial child protection conferences.',
        'matrix-admin', 'matrix-admin');

insert into improvement_meeting (meeting_id, kind, held_on, title, attendees, decisions, created_by,
                                 changed_by)
overriding system value
values (9201, 'scrutiny_committee', '2025-01-20', 'Scrutiny committee: children in care',
        'Chair; Director', 'Asked for data on placement stability by March.', 'matrix-admin',
        'matrix-admin');

insert into improvement_action (action_id, title, description, owner, service_area_id, start_date,
                                due_date, status, rag, evidence, meeting_id, created_by)
overriding system value
values (9201, 'Report placement stability to scrutiny', 'The committee''s request.', 'matrix-manager',
        'SA1', '2025-01-20', '2025-03-31', 'not_started', null, '', 9201, 'matrix-director');
insert into improvement_action_finding (action_id, finding_id) values (9201, 9202);
insert into improvement_action_indicator (action_id, indicator) values (9201, 'cla_at_period_end');
insert into improvement_action_update (action_id, updated_by, changes, note)
values (9201, 'matrix-director', '[{"field": "title", "from": null, "to": "Report placement stability to scrutiny"}]', '');
