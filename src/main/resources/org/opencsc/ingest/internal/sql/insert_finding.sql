insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field, value, rule,
                            severity, message)
values (:run_id, :finding_no, :file_name, :row_number, :child_id, :field, :value, :rule, :severity,
        :message)
