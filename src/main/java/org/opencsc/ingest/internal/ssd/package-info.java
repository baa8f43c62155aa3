/**
 * The Standard Safeguarding Dataset (SSD) source of the nightly ingest: recognises each SSD table
 * by its header row (every table's fields share a prefix of their own), streams it with FastCSV,
 * checks each row, and loads what the statutory returns lack — the organisation, professionals,
 * allocations, contacts, early help, visits and the children known only through them — plus
 * OpenCSC's two extension tables (supervisions, professionals' time in post). Referrals,
 * assessments, plans and episodes come from the CIN census and SSDA903 sources; ssd_cin_assessments
 * fills in what the census lacks of an assessment (the day the child was seen, the outcome).
 */
@NullMarked
package org.opencsc.ingest.internal.ssd;

import org.jspecify.annotations.NullMarked;
