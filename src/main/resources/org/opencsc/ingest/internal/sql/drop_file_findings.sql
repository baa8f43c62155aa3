-- A file that could not be used: its row findings go with its rows.
delete from stage_finding where file_name = :file_name
