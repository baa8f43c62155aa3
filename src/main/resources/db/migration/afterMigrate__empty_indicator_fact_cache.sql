-- At every start: the rows kept for drill-down are a cache, and the local standards or the bank
-- holidays they were worked out with may have changed since.
truncate indicator_fact_set, indicator_fact;
