-- OpenCSC schema, part 11: the council's own targets for its indicators and the RAG thresholds
-- around them (issue 4), set by an administrator, with an append-only history of every change.
--
-- Indicators are files (org/opencsc/indicators/definitions/<indicator>.sql), not rows, so the
-- indicator id is a plain key here, not a foreign key: OpenCSC checks it against the catalogue when
-- a target is set. A change and its history row are written in one transaction (IndicatorTargets).

create table indicator_target (
  indicator        text primary key check (indicator ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$'),
  target           numeric not null check (target >= 0),
  amber_tolerance  numeric not null default 0 check (amber_tolerance >= 0),
  changed_by       text not null check (changed_by <> ''),
  changed_at       timestamptz not null default now()
);
comment on table indicator_target is 'The council''s target for an indicator and how far on the wrong side of it is still amber: one row per indicator that has a target.';
comment on column indicator_target.indicator is 'The indicator''s id, its definition''s file name (e.g. re_referrals_within_12_months); not a foreign key, indicators are files.';
comment on column indicator_target.target is 'The target, in the indicator''s unit (a percentage 0-100, a count, a rate per 10,000 or a mean). Green when the value is on the right side of it or on it.';
comment on column indicator_target.amber_tolerance is 'How far on the wrong side of the target a value is still amber rather than red, in the same unit (higher is better: amber from target - tolerance; lower is better: amber up to target + tolerance).';
comment on column indicator_target.changed_by is 'The login that last set this target.';
comment on column indicator_target.changed_at is 'When this target was last set.';

create table indicator_target_change (
  change_id            bigint generated always as identity primary key,
  indicator            text not null check (indicator ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$'),
  changed_at           timestamptz not null default now(),
  changed_by           text not null check (changed_by <> ''),
  old_target           numeric,
  old_amber_tolerance  numeric,
  new_target           numeric not null check (new_target >= 0),
  new_amber_tolerance  numeric not null check (new_amber_tolerance >= 0),
  reason               text not null check (btrim(reason) <> '' and length(reason) <= 1000),
  check ((old_target is null) = (old_amber_tolerance is null))
);
comment on table indicator_target_change is 'Append-only history of indicator_target: who set which target and tolerance, when, from what, and why. Rows are never updated or deleted.';
comment on column indicator_target_change.indicator is 'The indicator''s id (indicator_target.indicator).';
comment on column indicator_target_change.changed_at is 'When the change was made (the same transaction as the change itself).';
comment on column indicator_target_change.changed_by is 'The login that made the change.';
comment on column indicator_target_change.old_target is 'The target before the change; null when the indicator had none.';
comment on column indicator_target_change.old_amber_tolerance is 'The amber tolerance before the change; null when the indicator had no target.';
comment on column indicator_target_change.new_target is 'The target set.';
comment on column indicator_target_change.new_amber_tolerance is 'The amber tolerance set.';
comment on column indicator_target_change.reason is 'Why, in the administrator''s words (e.g. "agreed at the improvement board, 12 May").';
create index on indicator_target_change (indicator, changed_at desc);

create function indicator_target_change_is_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'indicator_target_change is append-only: its rows are never updated or deleted';
end;
$$;
comment on function indicator_target_change_is_append_only() is 'Refuses an update or delete of indicator_target_change: the history of targets is kept as written.';

create trigger indicator_target_change_append_only
  before update or delete on indicator_target_change
  for each row execute function indicator_target_change_is_append_only();
