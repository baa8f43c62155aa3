-- Clears one as-at date's figures of one kind before they are recorded again.
delete from indicator_history
where kind = :kind
  and as_at = :as_at
  and attribution = :attribution
