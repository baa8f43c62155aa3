package org.opencsc.validation.internal.cin;

import java.util.BitSet;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Characters 2 to 4 of a UPN must be a local authority code in use since April 1998 or one of the
 * DfE's "pseudo LA" codes: the list of the DfE's rule.
 */
@DfeRule(
    code = "1530",
    fields = {"UPN"},
    advice =
        "Copy the UPN again from the child's school records: its characters 2 to 4 are the code of"
            + " the authority that issued it.")
final class Rule1530 implements Rule<CinChild> {

  /** The DfE's list for the rule, as ranges of codes (both ends included). */
  private static final int[][] CODES = {
    {1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
    {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816},
    {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861},
    {865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931},
    {933, 933}, {935, 938}, {940, 943}
  };

  private static final BitSet KNOWN = new BitSet(1000);

  static {
    for (int[] range : CODES) {
      KNOWN.set(range[0], range[1] + 1);
    }
  }

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String upn = identifiers.text("UPN");
    if (upn != null && upn.length() == Upn.LENGTH && !known(upn.substring(1, 4))) {
      out.flag(identifiers, "UPN");
    }
  }

  private static boolean known(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (!Upn.isDigit(code.charAt(i))) {
        return false;
      }
    }
    return KNOWN.get(Integer.parseInt(code));
  }
}
