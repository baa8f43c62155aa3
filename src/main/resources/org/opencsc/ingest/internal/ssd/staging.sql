-- The Standard Safeguarding Dataset's staging tables: one per SSD table the source reads, filled
-- by SsdSource row by row after the row-level checks (IDs trimmed, child IDs upper-cased, dates
-- parsed, flags and codes checked). Persons and disabilities go straight to the core's stage_child
-- and stage_child_disability. Temporary: they vanish with the transaction.

-- The run's extract date and the start of its collection year, once per SSD file read.
create temporary table stage_ssd_context (
  source_file  text not null,
  source_row   bigint not null,
  as_at        date not null,
  year_start   date not null
) on commit drop;

create temporary table stage_ssd_department (
  source_file   text not null,
  source_row    bigint not null,
  team_id       text not null,
  name          text not null,
  parent_id     text,
  parent_name   text
) on commit drop;

create temporary table stage_ssd_professional (
  source_file   text not null,
  source_row    bigint not null,
  worker_id     text not null,
  name          text not null,
  swe_no        text,
  org_role      smallint not null,
  case_holding  boolean not null,
  department    text,
  fte           numeric(4, 3) not null,
  agency_worker boolean not null
) on commit drop;

-- OpenCSC's extension opencsc_professional_tenure: a time in post, in a team or above teams.
create temporary table stage_ssd_tenure (
  source_file   text not null,
  source_row    bigint not null,
  worker_id     text not null,
  team_id       text,
  start_date    date not null,
  end_date      date,
  end_reason    text,
  manager_id    text
) on commit drop;

-- OpenCSC's extension opencsc_supervisions.
create temporary table stage_ssd_supervision (
  source_file      text not null,
  source_row       bigint not null,
  supervision_id   text not null,
  worker_id        text not null,
  supervisor_id    text not null,
  supervision_date date not null
) on commit drop;

-- ssd_involvements of the allocated social worker (other roles are not allocations).
create temporary table stage_ssd_involvement (
  source_file    text not null,
  source_row     bigint not null,
  allocation_id  text not null,
  worker_id      text not null,
  team           text,
  child_id       text not null,
  start_date     date not null,
  end_date       date,
  change_reason  text
) on commit drop;

create temporary table stage_ssd_contact (
  source_file     text not null,
  source_row      bigint not null,
  contact_id      text not null,
  child_id        text not null,
  contact_date    date not null,
  contact_source  text not null,
  outcome         text not null
) on commit drop;

create temporary table stage_ssd_early_help (
  source_file    text not null,
  source_row     bigint not null,
  early_help_id  text not null,
  child_id       text not null,
  start_date     date not null,
  end_date       date,
  reason         text,
  end_reason     text,
  organisation   text not null,
  worker_id      text
) on commit drop;

-- ssd_cin_assessments, read for the day the child was seen and the outcome (assessments.sql).
-- seen_flag: cina_assessment_child_seen as the SSD's Y/N flag, which gives no date.
create temporary table stage_ssd_assessment (
  source_file         text not null,
  source_row          bigint not null,
  assessment_id       text not null,
  child_id            text not null,
  referral_id         text,
  start_date          date not null,
  authorisation_date  date,
  child_seen_date     date,
  seen_flag           boolean,
  outcome_nfa         boolean
) on commit drop;

-- ssd_s47_enquiry, read for the day a section 47 enquiry ended (section47.sql).
create temporary table stage_ssd_s47 (
  source_file   text not null,
  source_row    bigint not null,
  section47_id  text not null,
  child_id      text not null,
  referral_id   text,
  start_date    date not null,
  end_date      date
) on commit drop;

create temporary table stage_ssd_cin_visit (
  source_file  text not null,
  source_row   bigint not null,
  visit_id     text not null,
  child_id     text not null,
  visit_date   date not null,
  seen         boolean not null,
  seen_alone   boolean
) on commit drop;

create temporary table stage_ssd_cla_visit (like stage_ssd_cin_visit) on commit drop;

-- ssd_cp_plans, read only to find the CIN census plan an SSD CP visit belongs to.
create temporary table stage_ssd_cp_plan (
  source_file  text not null,
  source_row   bigint not null,
  plan_id      text not null,
  child_id     text not null,
  start_date   date not null,
  end_date     date
) on commit drop;

create temporary table stage_ssd_cp_visit (
  source_file  text not null,
  source_row   bigint not null,
  visit_id     text not null,
  child_id     text not null,
  plan_id      text not null,
  visit_date   date not null,
  seen         boolean not null,
  seen_alone   boolean
) on commit drop;
