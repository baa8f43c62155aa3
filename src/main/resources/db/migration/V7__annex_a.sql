-- OpenCSC schema, part 7: what Ofsted's Annex A cannot say. When a council's drop folder holds
-- Annex A alone, its contacts and referrals are loaded from it (docs/ingest.md, "Annex A"):
--   * List 1 (contacts) gives no outcome of a contact, so contact.outcome may be blank;
--   * List 6 (children in need) holds every episode of need open in the six months, but the
--     referral source of one that began before them is only in List 3 for referrals of the six
--     months, so referral.referral_source may be blank.
-- The returns and the SSD still fill both; the checks on their values stay.

alter table contact alter column outcome drop not null;
alter table referral alter column referral_source drop not null;

comment on column contact.outcome is
  'What the front door decided: referral, early help, advice and information, no further action; blank when the source does not say (Ofsted Annex A List 1).';
comment on column referral.referral_source is
  'CIN ReferralSource (1A … 10); blank when the source does not say (an Annex A List 6 episode of need referred before the six months of List 3).';
