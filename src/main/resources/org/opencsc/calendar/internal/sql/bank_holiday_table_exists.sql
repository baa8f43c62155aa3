-- Whether the migration that creates bank_holiday (V10) has run in this database.
select to_regclass('bank_holiday') is not null
