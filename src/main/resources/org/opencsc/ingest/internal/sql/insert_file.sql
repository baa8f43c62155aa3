insert into ingest_file (run_id, file_name, size_bytes, sha256, source, collection_year, rows_read,
                         rows_rejected)
values (:run_id, :file_name, :size_bytes, :sha256, :source, :collection_year, :rows_read,
        :rows_rejected)
