select exists (select 1 from current_snapshot)
