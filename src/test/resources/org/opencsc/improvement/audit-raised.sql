-- Case audits that raise improvement actions (ids in the 9250s), on any council. Synthetic.
--   9251  moderated: the auditor graded it good, the moderator requires improvement; themes
--         "Drift and delay" and "Voice of the child". Child AUDCHILD-7731; the auditor's words
--         name the (made-up) Quennell family: neither may ever reach the plan.
--   9252  in progress: nothing to act on yet.
-- aa-auditor (a team manager) audits both; aa-owner (a head of service) owns actions.
insert into app_user (username, password_hash, display_name, role)
values ('aa-auditor', '{bcrypt}unused', 'Ada Auditor', 'TEAM_MANAGER'),
       ('aa-owner', '{bcrypt}unused', 'Otto Owner', 'HEAD_OF_SERVICE');

insert into audit (audit_id, version_id, child_id, auditor, due_date, state, overall_grade,
                   strengths, areas_to_improve, moderated_grade, moderation_reason, moderator,
                   assigned_by, submitted_at)
overriding system value
values (9251, (select min(version_id) from audit_template_version), 'AUDCHILD-7731', 'aa-auditor',
        '2025-05-30', 'moderated', 'good', 'Mrs Quennell says the visits help.',
        'The Quennell plan has no dates.', 'requires-improvement',
        'The plan has drifted for six months.', 'audit-moderator', 'aa-admin', '2025-05-20'),
       (9252, (select min(version_id) from audit_template_version), 'AUDCHILD-7732', 'aa-auditor',
        '2025-06-30', 'in-progress', null, '', '', null, '', null, 'aa-admin', null);

insert into audit_learning_theme (audit_id, theme_id)
select 9251, theme_id from audit_theme where name in ('Drift and delay', 'Voice of the child');
