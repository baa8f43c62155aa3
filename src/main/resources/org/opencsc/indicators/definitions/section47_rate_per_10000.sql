-- indicator: section47_rate_per_10000
-- title: Section 47 enquiries per 10,000 children
-- group: assessment
-- description: Section 47 enquiries (into whether a child is suffering, or likely to suffer,
--   significant harm) started in the period for every 10,000 children aged 0 to 17 in the area: the
--   DfE's "rate of section 47 enquiries per 10,000 children" (England 2025: 230,590 enquiries). An
--   enquiry starts with the strategy discussion that initiated it (S47ActualStartDate); a child with
--   two enquiries in the period counts twice, as the DfE counts each occasion. The child population
--   is the council's configured ONS mid-year estimate (opencsc.council.child-population), so the
--   rate exists only for the whole council; below it the figure is the number of enquiries.
-- source: DfE Characteristics of children in need, table C4 "Section 47 enquiries and initial
--   child protection conferences" (CIN census Section47/S47ActualStartDate), rates on ONS mid-year
--   population estimates for children aged 0 to 17
-- numerator: section 47 enquiries whose start date is in the period
-- denominator: children aged 0 to 17 in the area (configured child population)
-- unit: rate_per_10000
-- polarity: neither
-- subject: child
--
-- Rows: one per section 47 enquiry started in the period, attributed to the worker who held the
-- child's case on the start date or, failing that, the first allocated after it.
select
  s.child_id,
  s.section47_id                                        as record_id,
  s.s47_actual_start_date                               as event_date,
  s.s47_actual_start_date                               as start_date,
  s.s47_end_date                                        as end_date,
  case
    when s.date_of_initial_cpc is not null then 'initial conference ' || to_char(s.date_of_initial_cpc, 'YYYY-MM-DD')
    when s.icpc_not_required then 'no conference needed'
  end                                                   as detail,
  1                                                     as numerator,
  0                                                     as denominator
from section47 s
where s.snapshot_id = :snapshot_id
  and s.s47_actual_start_date between :period_start and :period_end
