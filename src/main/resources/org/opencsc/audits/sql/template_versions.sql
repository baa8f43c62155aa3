-- The versions of one template (:template_id, or of every template when null), newest first; with
-- :latest_only, only each template's newest.
select v.version_id, v.template_id, v.version, v.name, v.saved_by, v.saved_at
  from audit_template_version v
 where (cast(:template_id as bigint) is null or v.template_id = :template_id)
   and (not :latest_only
        or v.version = (select max(l.version) from audit_template_version l
                         where l.template_id = v.template_id))
 order by v.name, v.template_id, v.version desc
