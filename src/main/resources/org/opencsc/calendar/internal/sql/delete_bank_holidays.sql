delete from bank_holiday
