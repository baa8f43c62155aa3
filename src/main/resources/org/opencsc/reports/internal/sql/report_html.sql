select html from report where report_id = :report_id
