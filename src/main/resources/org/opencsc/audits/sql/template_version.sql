-- One version of a template by its id.
select v.version_id, v.template_id, v.version, v.name, v.saved_by, v.saved_at
  from audit_template_version v
 where v.version_id = :version_id
