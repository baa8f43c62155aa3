-- OpenCSC schema, part 18: which children a login may see, and the log of who saw which child.
--
-- A social worker sees the children allocated to them, a team manager the team's, a head of service
-- the service area's: allocated on the snapshot's date or at any time in the twelve months before it
-- (an allocation that started by that date and had not ended twelve months before it). Every query
-- that returns child-level rows filters with children_in_scope (org.opencsc.security.Scope binds
-- its two parameters), so the rule is enforced where the rows are read, not only by hiding links.

create function children_in_scope(p_snapshot bigint, p_as_at date, p_kind text, p_unit text)
returns table (child_id text)
language sql stable as $fn$
  select distinct a.child_id
    from allocation a
    left join team t on t.snapshot_id = a.snapshot_id and t.team_id = a.team_id
   where a.snapshot_id = p_snapshot
     and a.start_date <= p_as_at
     and (a.end_date is null or a.end_date > (p_as_at - interval '12 months')::date)
     and case p_kind
           when 'worker' then a.worker_id = p_unit
           when 'team' then a.team_id = p_unit
           when 'service-area' then t.service_area_id = p_unit
           else false
         end
$fn$;
comment on function children_in_scope(bigint, date, text, text) is
  'The children a scope (worker, team or service-area and its id) may see in a snapshot: allocated to it on p_as_at or in the twelve months before.';

create index allocation_worker_scope on allocation (snapshot_id, worker_id, child_id);
create index allocation_team_scope on allocation (snapshot_id, team_id, child_id);

create table access_log (
  access_id   bigint generated always as identity primary key,
  at          timestamptz not null default now(),
  username    text not null check (username <> ''),
  role        text not null,
  action      text not null check (action in ('view', 'export', 'refused')),
  child_id    text check (child_id <> ''),
  list        text check (list <> ''),
  row_count   bigint check (row_count >= 0),
  path        text not null,
  check (child_id is not null or list is not null)
);
create index access_log_at on access_log (at desc);
create index access_log_child on access_log (child_id, at desc) where child_id is not null;
create index access_log_user on access_log (username, at desc);
comment on table access_log is
  'Every view or export of child-level data, and every refusal: who, when, which child or which list. Written by org.opencsc.security.AccessLog; administrators search it at /admin/access-log.';
comment on column access_log.action is 'view: a page or API answer showed the data; export: a CSV or Excel download; refused: the login was not allowed to see it.';
comment on column access_log.child_id is 'The child whose record was viewed (one child''s page); null for a list.';
comment on column access_log.list is 'What list was shown or downloaded (for example: indicator referrals, team T-1, numerator).';
comment on column access_log.row_count is 'How many child rows the list held.';
comment on column access_log.path is 'The request path, without its query string (which never holds child data).';
