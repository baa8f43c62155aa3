-- Appends one change to the history, in the same transaction as the change itself.
insert into indicator_target_change
  (indicator, changed_at, changed_by, old_target, old_amber_tolerance, new_target,
   new_amber_tolerance, reason)
values (:indicator, now(), :changed_by, :old_target, :old_amber_tolerance, :new_target,
        :new_amber_tolerance, :reason)
