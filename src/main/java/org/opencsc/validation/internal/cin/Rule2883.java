package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CensusWide;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;

/**
 * Over the whole census: the protection plans starting in the census year (CPPstartDate) may not
 * outnumber the initial conferences held in it (DateOfInitialCPC on an episode, plus on a section
 * 47 enquiry). Reported once, at the census's Header.
 */
@DfeRule(
    code = "2883",
    fields = {"CPPstartDate", "DateOfInitialCPC"},
    advice =
        "Find the plans with no initial conference recorded: record the conference (on the section"
            + " 47 enquiry that led to it) or correct the plan's start date.")
final class Rule2883 implements Rule<CinChild>, CensusWide {

  static final String PLANS = "2883 plans starting";
  static final String CONFERENCES = "2883 initial conferences";

  @Override
  public void check(CinChild child, RuleOutput out) {
    CinReturn census = child.census();
    for (XmlNode details : child.details()) {
      if (within(census, details.date("DateOfInitialCPC"))) {
        census.total(CONFERENCES).increment();
      }
      for (XmlNode section47 : details.all("Section47")) {
        if (within(census, section47.date("DateOfInitialCPC"))) {
          census.total(CONFERENCES).increment();
        }
      }
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        if (within(census, plan.date("CPPstartDate"))) {
          census.total(PLANS).increment();
        }
      }
    }
  }

  @Override
  public void finish(CinReturn census, RuleOutput out) {
    if (census.total(PLANS).sum() > census.total(CONFERENCES).sum()) {
      out.flag(census.header());
    }
  }

  private static boolean within(CinReturn census, LocalDate date) {
    return date != null
        && !date.isBefore(census.periodStart())
        && !date.isAfter(census.periodEnd());
  }
}
