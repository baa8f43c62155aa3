-- OpenCSC schema, part 24: the monthly board pack (issue 7).
--
-- Each pack is kept as it was generated, HTML and PDF, so that the pack a board read in March can
-- be read again in June, whatever the figures have become since. A pack holds figures only, never a
-- child's data (the reports module assembles it from council-level figures). The scheduled run makes
-- one pack per served snapshot (board_pack_scheduled); anyone allowed may generate more by hand.

create table board_pack (
  pack_id        bigint generated always as identity primary key,
  snapshot_id    bigint not null,
  as_at          date not null,
  period_start   date not null,
  generated_at   timestamptz not null default now(),
  generated_by   text not null,
  scheduled      boolean not null,
  html           text not null,
  pdf            bytea not null,
  pages          integer not null check (pages > 0)
);
comment on table board_pack is
  'Monthly board packs as generated (V24__board_pack.sql): council-level figures only, never child data.';
comment on column board_pack.snapshot_id is
  'The snapshot the figures were read from (not a foreign key: a pack outlives its snapshot).';
comment on column board_pack.generated_by is
  'The login that asked for it, or ''schedule''.';

create unique index board_pack_scheduled on board_pack (snapshot_id) where scheduled;
create index board_pack_generated_at on board_pack (generated_at desc);
