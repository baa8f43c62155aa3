package org.opencsc.generator.internal;

/** One worker while the organisation is built: a tenure in one team (or above teams). */
final class Staff {

  final int index;
  final String id;
  final int role;
  final int area;
  final int team;
  final boolean agency;
  final double fte;
  final int start;
  final int end;
  final double weight;
  String managerId;

  Staff(
      int index,
      int role,
      int area,
      int team,
      boolean agency,
      double fte,
      int start,
      int end,
      double weight) {
    this.index = index;
    this.id = String.format("W%05d", index + 1);
    this.role = role;
    this.area = area;
    this.team = team;
    this.agency = agency;
    this.fte = fte;
    this.start = start;
    this.end = end;
    this.weight = weight;
  }

  boolean caseHolding() {
    return role == 4 || role == 5;
  }

  /** In post on day: from the start date to the leaving date inclusive. */
  boolean inPost(int day) {
    return start <= day && (end == Journey.NONE || day <= end);
  }
}
