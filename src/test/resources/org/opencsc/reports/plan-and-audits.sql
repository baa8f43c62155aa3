-- The board pack's plan and audit sections, on the indicator tests' council (children C001…):
-- action 9301 due 31 March 2025 and not started (overdue on any day after it), action 9302
-- completed (counted by status only); three graded audits submitted in January-March 2025: C001
-- good, C002 requires improvement moderated to inadequate, C003 outstanding, two of them tagged
-- with the theme 'Pack test: voice of the child'. Ids in the 9300s; synthetic.
insert into app_user (username, password_hash, display_name, role)
values ('pack-owner', '{bcrypt}$2a$10$unused', 'Pat Owner', 'HEAD_OF_SERVICE')
on conflict (username) do nothing;

insert into improvement_action (action_id, title, description, owner, service_area_id, start_date,
                                due_date, status, rag, evidence, created_by)
overriding system value
values (9301, 'Tighten the front door''s screening', '', 'pack-owner', 'SA1', '2025-01-06',
        '2025-03-31', 'not_started', 'red', '', 'pack-owner'),
       (9302, 'Refresh the supervision policy', '', 'pack-owner', 'SA2', '2024-10-01',
        '2025-01-31', 'completed', 'green', 'Policy signed off.', 'pack-owner');

insert into audit (audit_id, version_id, child_id, auditor, due_date, state, overall_grade,
                   moderated_grade, moderation_reason, moderator, assigned_by, submitted_at)
overriding system value
values (9301, (select min(version_id) from audit_template_version), 'C001', 'pack-owner',
        '2025-02-28', 'submitted', 'good', null, '', null, 'pack-owner', '2025-02-10 10:00+00'),
       (9302, (select min(version_id) from audit_template_version), 'C002', 'pack-owner',
        '2025-02-28', 'moderated', 'requires-improvement', 'inadequate', 'No plan on file.',
        'admin', 'pack-owner', '2025-02-11 10:00+00'),
       (9303, (select min(version_id) from audit_template_version), 'C003', 'pack-owner',
        '2025-03-31', 'closed', 'outstanding', 'outstanding', '', 'admin', 'pack-owner',
        '2025-03-12 10:00+00');
insert into audit_theme (theme_id, name) overriding system value
values (9301, 'Pack test: voice of the child');
insert into audit_learning_theme (audit_id, theme_id) values (9301, 9301), (9302, 9301);
