-- One refill at a time (a CLI command may start beside the running server); readers carry on
-- seeing the old rows until the refill commits.
lock table bank_holiday in exclusive mode
