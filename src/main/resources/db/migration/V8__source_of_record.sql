-- Where each record came from, for the tables the imported files fill that did not say so yet
-- (issue 3: "each record's source kept (file, row)"). Like the other domain tables' columns: blank
-- for rows the generator loads directly, set by every import. Adding a column to a partitioned
-- parent adds it to its partitions; the load tables of later snapshots copy the parent's columns
-- (create_snapshot_load_tables).

alter table service_area add column source_file text, add column source_row integer;
alter table team add column source_file text, add column source_row integer;
alter table worker_team add column source_file text, add column source_row integer;
alter table supervision add column source_file text, add column source_row integer;
alter table child_disability add column source_file text, add column source_row integer;
alter table assessment_factor add column source_file text, add column source_row integer;
alter table cp_review add column source_file text, add column source_row integer;
alter table cin_visit add column source_file text, add column source_row integer;
alter table cla_visit add column source_file text, add column source_row integer;
alter table cp_visit add column source_file text, add column source_row integer;
alter table cla_review add column source_file text, add column source_row integer;
alter table health_check add column source_file text, add column source_row integer;
alter table adoption add column source_file text, add column source_row integer;
alter table previous_permanence add column source_file text, add column source_row integer;

comment on column service_area.source_file is 'The imported file the record came from: SSD ssd_department: the department row that names the service area (its own row, else the first team row naming it as parent). Blank when loaded by the generator.';
comment on column service_area.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column team.source_file is 'The imported file the record came from: SSD ssd_department. Blank when loaded by the generator.';
comment on column team.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column worker_team.source_file is 'The imported file the record came from: OpenCSC opencsc_professional_tenure, else SSD ssd_professionals (prof_professional_department). Blank when loaded by the generator.';
comment on column worker_team.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column supervision.source_file is 'The imported file the record came from: OpenCSC opencsc_supervisions. Blank when loaded by the generator.';
comment on column supervision.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column child_disability.source_file is 'The imported file the record came from: CIN Disabilities/Disability (the child element) or SSD ssd_disability: the first file and row that gave it. Blank when loaded by the generator.';
comment on column child_disability.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column assessment_factor.source_file is 'The imported file the record came from: CIN FactorsIdentifiedAtAssessment/AssessmentFactors (the child element). Blank when loaded by the generator.';
comment on column assessment_factor.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column cp_review.source_file is 'The imported file the record came from: CIN ChildProtectionPlans/Reviews/CPPreviewDate (the child element). Blank when loaded by the generator.';
comment on column cp_review.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column cin_visit.source_file is 'The imported file the record came from: SSD ssd_cin_visits. Blank when loaded by the generator.';
comment on column cin_visit.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column cla_visit.source_file is 'The imported file the record came from: SSD ssd_cla_visits. Blank when loaded by the generator.';
comment on column cla_visit.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column cp_visit.source_file is 'The imported file the record came from: SSD ssd_cp_visits. Blank when loaded by the generator.';
comment on column cp_visit.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column cla_review.source_file is 'The imported file the record came from: SSDA903 Reviews. Blank when loaded by the generator.';
comment on column cla_review.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column health_check.source_file is 'The imported file the record came from: SSDA903 OC2 (one row gives each check of the year). Blank when loaded by the generator.';
comment on column health_check.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column adoption.source_file is 'The imported file the record came from: SSDA903 AD1, else PlacedAdoption. Blank when loaded by the generator.';
comment on column adoption.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
comment on column previous_permanence.source_file is 'The imported file the record came from: SSDA903 PrevPerm. Blank when loaded by the generator.';
comment on column previous_permanence.source_row is 'Its row in source_file (a CSV data row, the CIN census child element).';
