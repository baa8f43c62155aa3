package org.opencsc.generator.internal;

/** The six service areas, by index: who holds a child's case in each part of the journey. */
final class ServiceAreas {

  static final int FRONT_DOOR = 0;
  static final int ASSESSMENT = 1;
  static final int CIN_CP = 2;
  static final int CHILDREN_IN_CARE = 3;
  static final int CARE_LEAVERS = 4;
  static final int DISABLED_CHILDREN = 5;
  static final int COUNT = 6;

  static final String[] IDS = {"SA-FD", "SA-AS", "SA-CP", "SA-CIC", "SA-CL", "SA-DC"};
  static final String[] CODES = {"FD", "AS", "CP", "CIC", "CL", "DC"};
  static final String[] NAMES = {
    "Front Door and MASH",
    "Assessment",
    "Children in Need and Child Protection",
    "Children in Care",
    "Care Leavers",
    "Disabled Children"
  };
  static final String[] TEAM_NAMES = {
    "MASH", "Assessment", "Safeguarding", "Children in Care", "Leaving Care", "Disabled Children"
  };

  private ServiceAreas() {}
}
