select pdf from report where report_id = :report_id
