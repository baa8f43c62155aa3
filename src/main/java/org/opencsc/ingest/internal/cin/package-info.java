/**
 * The CIN census source of the nightly ingest: recognises the DfE children in need census XML by
 * its content, reads it one {@code Child} at a time with a StAX parser that refuses document type
 * declarations, checks each child against the collection year's code lists and the rules the
 * database would enforce, and moves what passes into the snapshot (referrals, assessments, CIN
 * plans, section 47 enquiries with their strategy discussions and conferences, child protection
 * plans and reviews).
 */
@NullMarked
package org.opencsc.ingest.internal.cin;

import org.jspecify.annotations.NullMarked;
