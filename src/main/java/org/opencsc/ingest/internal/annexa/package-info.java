/**
 * The Ofsted Annex A source of the nightly ingest: recognises the Annex A workbook (.xlsx) by its
 * sheets, refuses zip bombs and XML document types before reading it, streams each child list row
 * by row with the fastexcel reader, checks every cell (formulas, dates, codes of the year's lists),
 * and fills the domain tables other families of the run left empty: contacts, early help,
 * referrals, assessments, section 47 enquiries and conferences, CP plans, the latest episode of
 * care, the latest care leaver contact and adoption decisions.
 */
@NullMarked
package org.opencsc.ingest.internal.annexa;

import org.jspecify.annotations.NullMarked;
