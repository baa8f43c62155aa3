-- The number of target changes so far: any change of any target raises it (a cache key).
select coalesce(max(change_id), 0) from indicator_target_change
