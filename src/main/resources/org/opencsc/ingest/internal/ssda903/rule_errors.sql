-- The rows a DfE rule's error keeps out: deleted from the table's staging ({staging}: one of the
-- SSDA903 staging tables, named by the code) before the transform reads it.
delete from {staging} s
 using unnest(?::text[], ?::bigint[]) as kept_out(source_file, source_row)
 where s.source_file = kept_out.source_file
   and s.source_row = kept_out.source_row
