-- All rows in one statement: the trigger on bank_holiday then rewrites bank_holiday_dates() once.
insert into bank_holiday (holiday_date, title, source)
select holiday_date::date, title, source
from unnest(cast(:holiday_dates as text[]), cast(:titles as text[]), cast(:sources as text[]))
  as row (holiday_date, title, source)
