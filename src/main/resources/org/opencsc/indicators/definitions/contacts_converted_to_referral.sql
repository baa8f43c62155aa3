-- indicator: contacts_converted_to_referral
-- title: Contacts that became referrals
-- group: front-door
-- description: Of the contacts the front door received in the period, the share it decided to pass
--   on as a referral to children's social care (rather than early help, advice and information, or
--   no further action). A local measure with no national figure: every contact dated in the period
--   counts once, whoever it was about and however many contacts that child had; contacts are not
--   filtered by age. Polarity neither: a high share can mean partners contact the front door
--   appropriately, or that it passes on too much; a low share can mean a front door that filters
--   well, or many contacts that should have gone elsewhere. Read it beside re-referrals and
--   referrals closed with no further action.
-- source: Ofsted Annex A list 1 (Date of Contact) and the Standard Safeguarding Dataset
--   ssd_contacts (cont_contact_date, cont_contact_outcome_json), as OpenCSC's contact table
--   (contact_date, outcome)
-- numerator: contacts dated in the period whose outcome is a referral to children's social care
-- denominator: contacts dated in the period
-- unit: percent
-- polarity: neither
-- subject: child
-- volume: high
--
-- Rows: one per contact dated in the period, attributed to the worker who held the child's case on
-- the contact date or, failing that, the first allocated after it.
select
  c.child_id,
  c.contact_id                                          as record_id,
  c.contact_date                                        as event_date,
  c.contact_date                                        as start_date,
  null::date                                            as end_date,
  case c.outcome
    when 'referral' then 'became a referral'
    when 'early_help' then 'passed to early help'
    when 'advice' then 'advice and information'
    else 'no further action'
  end                                                   as detail,
  case when c.outcome = 'referral' then 1 else 0 end    as numerator,
  1                                                     as denominator
from contact c
where c.snapshot_id = :snapshot_id
  and c.contact_date between :period_start and :period_end
