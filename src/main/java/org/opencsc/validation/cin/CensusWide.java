package org.opencsc.validation.cin;

import org.opencsc.validation.RuleOutput;

/**
 * A rule about the census as a whole, counted over every child (more plans starting than initial
 * conferences; the share of children with no sex recorded). Each child adds to the census's totals
 * as it is checked ({@link org.opencsc.validation.Rule#check}, {@link CinReturn#total}); once every
 * child has been read, {@link #finish} judges the totals and reports at the census's {@code
 * Header}. The rule itself keeps nothing: the totals belong to the census being read.
 */
public interface CensusWide {

  void finish(CinReturn census, RuleOutput out);
}
