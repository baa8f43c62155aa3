-- The run's own staging tables: findings from every check, and the children every source stages,
-- merged into the snapshot by core_transform.sql. Temporary: they vanish with the transaction.
create temporary table stage_finding (
  finding_no  bigint generated always as identity,
  file_name   text not null,
  row_number  bigint,
  child_id    text,
  field       text,
  value       text,
  rule        text not null,
  severity    text not null,
  message     text not null
) on commit drop;

create temporary table stage_child (
  source_file                text not null,
  source_row                 bigint not null,
  family                     text not null,
  precedence                 integer not null,
  child_id                   text not null,
  upn                        text,
  former_upn                 text,
  upn_unknown                text,
  sex                        text,
  person_birth_date          date,
  expected_person_birth_date date,
  person_death_date          date,
  ethnicity                  text,
  uasc                       boolean,
  duc                        date,
  mother                     boolean,
  mc_dob                     date
) on commit drop;

create temporary table stage_child_disability (
  source_file  text not null,
  source_row   bigint not null,
  child_id     text not null,
  disability   text not null
) on commit drop;
