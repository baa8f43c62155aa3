package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CensusWide;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;

/**
 * Over the whole census: of the children already born (no ExpectedPersonBirthDate), no more than 2%
 * may have no sex recorded (Sex blank or U; before 2025-26 GenderCurrent blank or 0). Reported
 * once, at the census's Header.
 */
@DfeRule(
    code = "2886Q",
    fields = {"Sex", "ExpectedPersonBirthDate"},
    advice =
        "Record the sex of the children who have none, or give the DfE the reason so many are"
            + " unknown.")
final class Rule2886Q implements Rule<CinChild>, CensusWide {

  static final String BORN = "2886Q children born";
  static final String NO_SEX = "2886Q children born with no sex recorded";

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    if (ids.text("ExpectedPersonBirthDate") != null) {
      return; // unborn
    }
    child.census().total(BORN).increment();
    String sex = ids.text("Sex");
    String gender = ids.text("GenderCurrent");
    boolean recorded =
        (sex != null && !sex.equalsIgnoreCase("U")) || (gender != null && !gender.equals("0"));
    if (!recorded) {
      child.census().total(NO_SEX).increment();
    }
  }

  @Override
  public void finish(CinReturn census, RuleOutput out) {
    long born = census.total(BORN).sum();
    // more than 2%: 100 × none > 2 × born, in whole numbers
    if (born > 0 && census.total(NO_SEX).sum() * 100 > born * 2) {
      out.flag(census.header());
    }
  }
}
