package org.opencsc.generator.internal;

import java.util.List;

/**
 * The tables of the 2025-26 SSDA903 return, each with its file name and its columns in the order of
 * shared/docs/data-standards.md b.1 (data-to-insight csc-validator-be-903 config). DoLo starts in
 * 2026-27 and is not written.
 */
enum Ssda903Table implements CsvTables.Table {
  HEADER("header.csv", "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
  EPISODES(
      "episodes.csv",
      "CHILD",
      "DECOM",
      "RNE",
      "LS",
      "CIN",
      "PLACE",
      "PLACE_PROVIDER",
      "DEC",
      "REC",
      "REASON_PLACE_CHANGE",
      "HOME_POST",
      "PL_POST",
      "URN"),
  REVIEWS("reviews.csv", "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
  UASC("uasc.csv", "CHILD", "SEX", "DOB", "DUC"),
  OC2(
      "oc2.csv",
      "CHILD",
      "DOB",
      "SDQ_SCORE",
      "SDQ_REASON",
      "CONVICTED",
      "HEALTH_CHECK",
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE",
      "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED"),
  OC3("oc3.csv", "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
  AD1(
      "ad1.csv",
      "CHILD",
      "DOB",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR"),
  PLACED_ADOPTION(
      "placed_adoption.csv",
      "CHILD",
      "DOB",
      "DATE_PLACED",
      "DATE_PLACED_CEASED",
      "REASON_PLACED_CEASED"),
  PREV_PERM("prev_perm.csv", "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
  MISSING("missing.csv", "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
  SW_EPISODES("sw_episodes.csv", "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");

  private final String fileName;
  private final List<String> columns;

  Ssda903Table(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> columns() {
    return columns;
  }
}
