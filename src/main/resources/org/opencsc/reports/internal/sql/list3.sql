-- List 3, referrals: every referral made in the period, with the child's referrals in the twelve
-- months up to and including its day, and the team and worker holding the case that day.
select r.child_id,
       r.cin_referral_date,
       r.referral_source,
       r.referral_nfa,
       (select count(*)
          from referral p
         where p.snapshot_id = r.snapshot_id and p.child_id = r.child_id
           and p.cin_referral_date <= r.cin_referral_date
           and p.cin_referral_date > r.cin_referral_date - interval '12 months')::int,
       al.team,
       al.worker
  from referral r
  left join lateral (
    select t.name as team, w.name as worker
      from allocation a
      join team t on t.snapshot_id = a.snapshot_id and t.team_id = a.team_id
      join worker w on w.snapshot_id = a.snapshot_id and w.worker_id = a.worker_id
     where a.snapshot_id = r.snapshot_id and a.child_id = r.child_id
       and a.start_date <= r.cin_referral_date
       and (a.end_date is null or a.end_date >= r.cin_referral_date)
     order by a.start_date desc
     limit 1) al on true
 where r.snapshot_id = :snapshot_id
   and r.cin_referral_date between :from and :as_at
