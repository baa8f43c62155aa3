package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.model.ChildHistory.Allocation;
import org.opencsc.generator.model.ChildHistory.CareLeaverContact;

/** Contacts with a care leaver around the 17th to 21st birthdays (SSDA903 OC3). */
final class LeaverRows {

  private static final Weighted IN_TOUCH =
      new Weighted("YES:88", "NO:6", "REFU:2", "NREQ:3", "RHOM:1");
  private static final Weighted ACTIVITY =
      new Weighted(
          "F1:12", "P1:6", "F2:12", "P2:8", "F4:8", "P4:4", "F5:4", "P5:2", "G4:12", "G5:15",
          "G6:12");
  private static final Weighted ACCOMMODATION =
      new Weighted(
          "B:10", "C:10", "D:6", "E:4", "G:5", "H:4", "K:3", "R:2", "S:20", "T:15", "U:8", "V:3",
          "W:3", "X:2", "Y:2", "Z:3");

  private LeaverRows() {}

  static List<CareLeaverContact> of(
      String childId,
      Journey child,
      List<Allocation> allocations,
      int periodStart,
      int asAt,
      Rand rand) {
    List<CareLeaverContact> contacts = new ArrayList<>();
    if (child.leaverStart == Journey.NONE) {
      return contacts;
    }
    for (int age = 17; age <= 21; age++) {
      int birthday = child.birthday(age);
      int day = Math.max(child.leaverStart, birthday + rand.between(-30, 60));
      if (birthday < child.leaverStart
          || day > asAt
          || day > child.leaverEnd
          || day < periodStart) {
        continue;
      }
      String inTouch = IN_TOUCH.pick(rand);
      boolean yes = inTouch.equals("YES");
      String accom = yes ? ACCOMMODATION.pick(rand) + (rand.chance(0.86) ? "1" : "2") : null;
      if (accom != null && age < 18 && accom.startsWith("Z")) {
        // staying put with former foster carers begins at 18 (rule 3001): at 17, with family
        accom = "B" + accom.substring(1);
      }
      int review = day - rand.between(0, 150);
      contacts.add(
          new CareLeaverContact(
              childId + "-L" + age,
              date(day),
              inTouch,
              yes ? ACTIVITY.pick(rand) : null,
              accom,
              review >= child.leaverStart ? date(review) : null,
              adviser(allocations, date(day))));
    }
    return contacts;
  }

  private static String adviser(List<Allocation> allocations, LocalDate day) {
    for (Allocation allocation : allocations) {
      boolean open =
          !allocation.startDate().isAfter(day)
              && (allocation.endDate() == null || allocation.endDate().isAfter(day));
      if (open && allocation.teamId().startsWith("T-CL")) {
        return allocation.workerId();
      }
    }
    return null;
  }
}
