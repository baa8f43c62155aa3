-- The SSDA903 staging tables: one per table of the return, columns named after the DfE fields,
-- values already checked and typed by Ssda903Reader (codes upper-cased, SEX as M/F/U, dates as
-- dates, 0/1 flags as booleans). transform.sql checks them across rows and loads the snapshot.
-- Temporary: they vanish with the run's transaction.

-- The run's collection year, once per file staged (OC2 and OC3 describe the year, not a day).
create temporary table stage_903_file (
  source_file       text not null,
  part              text not null,
  collection_start  date not null,
  collection_end    date not null
) on commit drop;

create temporary table stage_903_header (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  sex          text,
  dob          date,
  ethnic       text,
  upn          text,
  mother       boolean,
  mc_dob       date
) on commit drop;

create temporary table stage_903_episodes (
  source_file          text not null,
  source_row           bigint not null,
  child                text not null,
  decom                date,
  rne                  text,
  ls                   text,
  cin                  text,
  place                text,
  place_provider       text,
  dec                  date,
  rec                  text,
  reason_place_change  text,
  home_post            text,
  pl_post              text,
  urn                  text
) on commit drop;

create temporary table stage_903_reviews (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  review       date,
  review_code  text
) on commit drop;

create temporary table stage_903_uasc (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  sex          text,
  dob          date,
  duc          date
) on commit drop;

create temporary table stage_903_oc2 (
  source_file            text not null,
  source_row             bigint not null,
  child                  text not null,
  dob                    date,
  sdq_score              smallint,
  sdq_reason             text,
  convicted              boolean,
  health_check           boolean,
  immunisations          boolean,
  teeth_check            boolean,
  health_assessment      boolean,
  substance_misuse       boolean,
  intervention_received  boolean,
  intervention_offered   boolean
) on commit drop;

create temporary table stage_903_oc3 (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  in_touch     text,
  activ        text,
  accom        text
) on commit drop;

create temporary table stage_903_ad1 (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  date_int     date,
  date_match   date,
  foster_care  boolean,
  nb_adoptr    smallint,
  sex_adoptr   text,
  ls_adoptr    text
) on commit drop;

create temporary table stage_903_placed_adoption (
  source_file           text not null,
  source_row            bigint not null,
  child                 text not null,
  dob                   date,
  date_placed           date,
  date_placed_ceased    date,
  reason_placed_ceased  text
) on commit drop;

create temporary table stage_903_prev_perm (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  prev_perm    text,
  la_perm      text,
  date_perm    date
) on commit drop;

create temporary table stage_903_missing (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  missing      text,
  mis_start    date,
  mis_end      date
) on commit drop;

create temporary table stage_903_sw_episodes (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  sw_id        text,
  sw_decom     date,
  sw_dec       date,
  sw_reason    text
) on commit drop;

create temporary table stage_903_dolo (
  source_file  text not null,
  source_row   bigint not null,
  child        text not null,
  dob          date,
  dolo_start   date,
  dolo_end     date
) on commit drop;
