-- Sets an indicator's target (a new row or the existing one replaced); changed_at is the
-- transaction's time, the same as its history row's.
insert into indicator_target (indicator, target, amber_tolerance, changed_by, changed_at)
values (:indicator, :target, :amber_tolerance, :changed_by, now())
on conflict (indicator) do update
set target = excluded.target,
    amber_tolerance = excluded.amber_tolerance,
    changed_by = excluded.changed_by,
    changed_at = excluded.changed_at
