-- OpenCSC schema, part 25: a case audit's findings raise improvement actions (issue 7).
--
-- An action may name the case audit that raised it, as it names the meeting that did. The action
-- itself holds no child's data: the audit's id links to the audit page, which decides who may open
-- it, and the description written from the audit carries only its grade and learning themes.

alter table improvement_action
  add column audit_id bigint references audit on delete restrict;
comment on column improvement_action.audit_id is 'The case audit whose findings raised the action, if one did. The audit page decides who may open it; the action holds no child data.';
create index on improvement_action (audit_id);
