package org.opencsc.ingest.internal;

import java.util.Set;

/**
 * The DfE queries the synthetic council's returns raise on purpose, and the only findings its round
 * trips accept: the council is calibrated to England's timeliness (docs/synthetic-council.md), so
 * at 31 March some assessments are open beyond 45 working days (CIN 8670Q) and some section 47
 * enquiries beyond 15 without a conference (8675Q), which a real council explains to the DfE; and
 * an enquiry open in the year whose assessment was completed before it has no assessment in the
 * census (2991Q). Every other DfE rule finds nothing. The round trips give no last year's return,
 * so the run also says once which SSDA903 rules need it and did not run (RULES_NOT_RUN).
 */
public final class SyntheticCouncilQueries {

  public static final Set<String> EXPECTED = Set.of("8670Q", "8675Q", "2991Q", "RULES_NOT_RUN");

  private SyntheticCouncilQueries() {}
}
