package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of ssd_s47_enquiry, which is read for the one thing the CIN census does not carry: the
 * day a section 47 enquiry ended ({@code s47e_s47_end_date}). The enquiries themselves come from
 * the CIN census (or Annex A); {@code section47.sql} finds each SSD row's enquiry by child and
 * start date. NFA, the outcome JSON and who completed the enquiry are not read: the census says
 * whether a conference was needed, and the snapshot attributes an enquiry through the child's
 * allocations.
 */
final class EnquiryRows {

  private EnquiryRows() {}

  static @Nullable Object[] enquiry(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("s47e_s47_enquiry_id");
    String child = row.child("s47e_person_id");
    LocalDate start = row.date("s47e_s47_start_date", true);
    LocalDate end = row.date("s47e_s47_end_date", false);
    row.checkOrder("s47e_s47_start_date", start, "s47e_s47_end_date", end);
    return new Object[] {id, child, row.text("s47e_referral_id"), start, end};
  }
}
