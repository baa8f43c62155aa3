-- OpenCSC schema, part 10: working days (the calendar module, for issue 4's indicators).
--
-- A working day is a Monday to Friday that is not in bank_holiday. The application refills
-- bank_holiday after every migration from the configured file (GOV.UK's England and Wales bank
-- holidays unless opencsc.calendar.bank-holidays names another) and the council's extra closure
-- days (opencsc.calendar.extra-closure-days): see docs/calendar.md.
--
-- working_days_between and add_working_days answer exactly as org.opencsc.calendar.WorkingDays
-- does, without a loop over days: weekdays are counted from a fixed Monday (1900-01-01) by week
-- arithmetic, less the holidays in the range. Indicators call them for every child, so they do not
-- query the table on each call (that costs about 15 µs a call; an indicator over 300,000
-- assessments would spend 5 s in it): a trigger keeps bank_holiday_dates() returning the table's
-- dates as a constant array, the planner inlines it into the query once, and width_bucket counts
-- the holidays up to a date by binary search in it (about 0.5 µs a call for working_days_between,
-- which is itself inlined when its arguments are columns or constants; 3 µs for add_working_days).

create table bank_holiday (
  holiday_date date primary key check (extract(isodow from holiday_date) between 1 and 5),
  title        text not null check (title <> ''),
  source       text not null check (source <> '')
);
comment on table bank_holiday is
  'Weekdays that are not working days: bank holidays (England and Wales, from GOV.UK, unless configured otherwise) and the council''s extra closure days. Refilled by the application after every migration, from its configuration: a change made by hand lasts until the next start.';
comment on column bank_holiday.holiday_date is
  'The day taken off: a substitute weekday where the holiday itself falls on a weekend (so never a Saturday or Sunday).';
comment on column bank_holiday.title is
  'GOV.UK''s title, e.g. "Boxing Day (substitute day)"; "Council closure day" for the configured closure days.';
comment on column bank_holiday.source is
  'Where the row came from: the bank holiday file''s name (bank-holidays-england-and-wales.csv as shipped), or ''configuration'' for opencsc.calendar.extra-closure-days.';

create function bank_holiday_dates() returns date[]
language sql stable parallel safe as $fn$
  select '{}'::date[]
$fn$;
comment on function bank_holiday_dates() is
  'The dates in bank_holiday, sorted, as a constant array: rewritten by the trigger bank_holiday_dates_refresh whenever bank_holiday changes. A SQL function whose body is a constant is inlined by the planner, once per query, and a cached plan that used it is invalidated when it is rewritten.';

create function bank_holiday_dates_refresh() returns trigger
language plpgsql as $fn$
declare
  dates text[];  -- yyyy-mm-dd whatever the session's DateStyle, read back the same by any session
begin
  execute format('select coalesce(array_agg(to_char(holiday_date, ''YYYY-MM-DD'')'
                 ' order by holiday_date), ''{}'') from %I.bank_holiday', tg_table_schema)
    into dates;
  execute format('create or replace function %I.bank_holiday_dates() returns date[]'
                 ' language sql stable parallel safe as %L',
                 tg_table_schema, format('select %L::date[]', dates));
  return null;
end
$fn$;
comment on function bank_holiday_dates_refresh() is
  'Trigger function: rewrites bank_holiday_dates() with the dates now in bank_holiday (the role changing bank_holiday must own bank_holiday_dates(), as the role that ran the migrations does).';

create trigger bank_holiday_dates_refresh
  after insert or update or delete or truncate on bank_holiday
  for each statement execute function bank_holiday_dates_refresh();

create function weekday_number(day date) returns bigint
language sql immutable parallel safe as $fn$
  -- With k = day - 1900-01-01 and r = k mod 7 (0 for Monday … 6 for Sunday; k - r is a multiple
  -- of 7, also before 1900): 5 weekdays per whole week, plus Monday to the day, at most 5.
  select 5 * (((day - date '1900-01-01')::bigint - ((day - date '1900-01-01') % 7 + 7) % 7) / 7)
         + least(((day - date '1900-01-01') % 7 + 7) % 7 + 1, 5)
$fn$;
comment on function weekday_number(date) is
  'Weekdays (Monday to Friday) from Monday 1900-01-01 through the day: 1 for that Monday, 5 for its Friday, Saturday and Sunday; 0 and below before it. Only differences mean anything: a helper of working_days_between and add_working_days.';

-- Not declared strict, so that the planner can inline it (null still gives null: weekday_number
-- and width_bucket do).
create function working_days_between(from_date date, to_date date) returns integer
language sql stable parallel safe as $fn$
  select (weekday_number(to_date) - weekday_number(from_date)
          - (width_bucket(to_date, bank_holiday_dates())
             - width_bucket(from_date, bank_holiday_dates())))::integer
$fn$;
comment on function working_days_between(date, date) is
  'The number of working days d with from_date < d <= to_date (the DfE''s convention for durations such as assessment start to authorisation): 0 for the same day, 1 from a Friday to the next Monday; negative, the same count, when to_date is before from_date. Null if either date is null.';

create function add_working_days(from_date date, n integer) returns date
language plpgsql stable strict parallel safe as $fn$
declare
  holidays  constant date[] := bank_holiday_dates();
  -- holidays on or before from_date
  before    constant integer := width_bucket(from_date, holidays);
  -- the answer's weekday_number if no holiday came in between
  target    constant bigint := weekday_number(from_date) + n;
  k         integer := 0;  -- holidays after from_date up to the candidate
  passed    integer;
  w         bigint;
  candidate date;
begin
  if n < 0 then
    raise exception 'add_working_days: n must be 0 or more, not %', n;
  end if;
  if n = 0 then
    return from_date;
  end if;
  -- Each holiday passed pushes the answer one weekday further; stop when no new one is passed.
  -- k only grows and stops at the least consistent count, so the candidate is a working day.
  loop
    w := target + k - 1;  -- the candidate is weekday number w + 1: w = 5 * weeks + (0 … 4)
    candidate := date '1900-01-01'
                 + (7 * ((w - ((w % 5) + 5) % 5) / 5) + ((w % 5) + 5) % 5)::integer;
    passed := width_bucket(candidate, holidays) - before;
    exit when passed = k;
    k := passed;
  end loop;
  return candidate;
end
$fn$;
comment on function add_working_days(date, integer) is
  'The n-th working day after from_date (n >= 0; n = 0 gives from_date itself), so that working_days_between(from_date, add_working_days(from_date, n)) = n: the due date of "within n working days". Null if either argument is null.';
