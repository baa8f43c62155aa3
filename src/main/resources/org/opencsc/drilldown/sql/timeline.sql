-- Everything the snapshot records about one child, one row a record, newest first: the record's
-- date (its start, for a plan, an episode or an enquiry), its end (null for a one-day event or one
-- still open), its kind, its id, and its details as field/value pairs (a text array
-- {field, value, field, value, ...}; a null value is a detail not recorded). The page decodes the
-- codes to words (org.opencsc.drilldown.web.TimelineText) from the DfE code lists.
--
-- stage orders records of one day along the child's journey (a contact before the referral it
-- led to), and the newest-first order reverses it: the referral shows above its contact.
-- An assessment's working days are the DfE's count (working_days_between: the working days after
-- the start up to and including the authorisation, as the indicator
-- assessments_within_45_working_days counts them); 45 or fewer is within 45 working days. One not
-- yet authorised shows the working days since its start up to the snapshot's date instead.
-- Only for a child the login's scope (org.opencsc.security.Scope) may see.
with journey (event_date, end_date, kind, stage, record_id, details) as (
  select contact_date, null::date, 'contact', 1, contact_id,
         array['contact_source', contact_source, 'contact_outcome', outcome]
    from contact
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select start_date, end_date, 'early_help', 2, early_help_id,
         array['early_help_reason', reason, 'organisation', organisation,
               'early_help_end_reason', end_reason]
    from early_help_episode
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select cin_referral_date, cin_closure_date, 'referral', 3, referral_id,
         array['referral_source', referral_source, 'primary_need', primary_need_code,
               'referral_nfa', case when referral_nfa then 'true' end,
               'closure_reason', reason_for_closure]
    from referral
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select a.assessment_actual_start_date, a.assessment_authorisation_date, 'assessment', 4,
         a.assessment_id,
         array['child_seen_date', to_char(a.child_seen_date, 'YYYY-MM-DD'),
               'working_days', w.days::text,
               'within_45_working_days', (w.days <= 45)::text,
               'working_days_so_far', w.days_so_far::text,
               'assessment_outcome', case a.child_in_need when true then 'support'
                                                           when false then 'nfa' end]
    from assessment a
   cross join lateral (
     select working_days_between(a.assessment_actual_start_date,
                                 a.assessment_authorisation_date) as days,
            case when a.assessment_authorisation_date is null
                      and a.assessment_actual_start_date <= :as_at
                 then working_days_between(a.assessment_actual_start_date, :as_at) end
              as days_so_far
   ) w
   where a.snapshot_id = :snapshot_id and a.child_id = :child_id
  union all
  select strategy_discussion_date, null, 'strategy_discussion', 5, strategy_discussion_id,
         array['section47_initiated', section47_initiated::text]
    from strategy_discussion
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select s47_actual_start_date, s47_end_date, 'section47', 6, section47_id,
         array['icpc_target_date', to_char(initial_cpc_target, 'YYYY-MM-DD'),
               'icpc_date', to_char(date_of_initial_cpc, 'YYYY-MM-DD'),
               'icpc_not_required', case when icpc_not_required then 'true' end]
    from section47
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select date_of_initial_cpc, null, 'icpc', 7, icpc_id,
         array['icpc_outcome_cp_plan', outcome_cp_plan::text]
    from icpc
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select cin_plan_start_date, cin_plan_end_date, 'cin_plan', 8, cin_plan_id, array[]::text[]
    from cin_plan
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select visit_date, null, 'cin_visit', 9, cin_visit_id,
         array['seen', seen::text, 'seen_alone', seen_alone::text]
    from cin_visit
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select cpp_start_date, cpp_end_date, 'cp_plan', 10, cp_plan_id,
         array['initial_category', initial_category_of_abuse,
               'latest_category', latest_category_of_abuse,
               'previous_plans', number_of_previous_cpp::text]
    from cp_plan
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select cpp_review_date, null, 'cp_review', 11, cp_review_id, array[]::text[]
    from cp_review
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select visit_date, null, 'cp_visit', 12, cp_visit_id,
         array['seen', seen::text, 'seen_alone', seen_alone::text]
    from cp_visit
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select decom, dec, 'episode', 13, episode_id,
         array['rne', rne, 'legal_status', ls, 'placement', place,
               'place_provider', place_provider, 'category_of_need', cin,
               'reason_place_change', reason_place_change, 'reason_ceased', rec]
    from episode_of_care
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select review, null, 'cla_review', 14, cla_review_id, array['review_code', review_code]
    from cla_review
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select visit_date, null, 'cla_visit', 15, cla_visit_id,
         array['seen', seen::text, 'seen_alone', seen_alone::text]
    from cla_visit
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select check_date, null, 'health_check', 16, health_check_id,
         array['check_type', check_type, 'sdq_score', sdq_score::text]
    from health_check
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select pep_date, null, 'pep', 17, pep_id, array[]::text[]
    from pep
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select mis_start, mis_end, 'missing', 18, missing_episode_id,
         array['missing', missing, 'rhi_offered', rhi_offered::text,
               'rhi_accepted', rhi_accepted::text]
    from missing_episode
   where snapshot_id = :snapshot_id and child_id = :child_id
  union all
  select contact_date, null, 'care_leaver_contact', 19, care_leaver_contact_id,
         array['in_touch', in_touch, 'activity', activ, 'accommodation', accom,
               'pathway_plan_review_date', to_char(pathway_plan_review_date, 'YYYY-MM-DD')]
    from care_leaver_contact
   where snapshot_id = :snapshot_id and child_id = :child_id
)
select event_date, end_date, kind, record_id, details
  from journey
 where :scope_kind = 'all'
    or :child_id in (select child_id
                       from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit))
 order by event_date desc, stage desc, record_id desc
