package org.opencsc.ingest.internal.ssda903;

import static org.opencsc.ingest.internal.ssda903.Column.Kind.CHILD;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.CODE;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.DATE;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.PARTIAL_DATE;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.SDQ_SCORE;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.SEX;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.TEXT;
import static org.opencsc.ingest.internal.ssda903.Column.Kind.UPN;
import static org.opencsc.ingest.internal.ssda903.Column.expected;
import static org.opencsc.ingest.internal.ssda903.Column.optional;
import static org.opencsc.ingest.internal.ssda903.Column.required;

import java.util.List;
import java.util.stream.Collectors;
import org.opencsc.ingest.internal.CollectionYear;

/**
 * The tables of the SSDA903 CSV return, with their columns in the DfE's order
 * (shared/docs/data-standards.md b.1), which of them may be blank, and the staging table each is
 * read into. A blank {@link Column.Need#REQUIRED} value keeps the row out; a blank {@link
 * Column.Need#EXPECTED} one is loaded and queried.
 */
enum Ssda903Table {
  HEADER(
      "Header",
      "stage_903_header",
      0,
      required("CHILD", CHILD),
      required("SEX", SEX),
      required("DOB", DATE),
      required("ETHNIC", CODE),
      expected("UPN", UPN, "442"),
      optional("MOTHER", CODE),
      optional("MC_DOB", DATE)),
  EPISODES(
      "Episodes",
      "stage_903_episodes",
      0,
      required("CHILD", CHILD),
      required("DECOM", DATE),
      required("RNE", CODE),
      required("LS", CODE),
      required("CIN", CODE),
      required("PLACE", CODE),
      optional("PLACE_PROVIDER", CODE),
      optional("DEC", DATE),
      optional("REC", CODE),
      optional("REASON_PLACE_CHANGE", CODE),
      optional("HOME_POST", TEXT),
      optional("PL_POST", TEXT),
      optional("URN", TEXT)),
  REVIEWS(
      "Reviews",
      "stage_903_reviews",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("REVIEW", DATE),
      expected("REVIEW_CODE", CODE, "167")),
  UASC(
      "UASC",
      "stage_903_uasc",
      0,
      required("CHILD", CHILD),
      expected("SEX", SEX, null),
      expected("DOB", DATE, null),
      optional("DUC", DATE)),
  OC2(
      "OC2",
      "stage_903_oc2",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      optional("SDQ_SCORE", SDQ_SCORE),
      optional("SDQ_REASON", CODE),
      optional("CONVICTED", CODE),
      optional("HEALTH_CHECK", CODE),
      optional("IMMUNISATIONS", CODE),
      optional("TEETH_CHECK", CODE),
      optional("HEALTH_ASSESSMENT", CODE),
      optional("SUBSTANCE_MISUSE", CODE),
      optional("INTERVENTION_RECEIVED", CODE),
      optional("INTERVENTION_OFFERED", CODE)),
  OC3(
      "OC3",
      "stage_903_oc3",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("IN_TOUCH", CODE),
      optional("ACTIV", CODE),
      optional("ACCOM", CODE)),
  AD1(
      "AD1",
      "stage_903_ad1",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      expected("DATE_INT", DATE, "151"),
      expected("DATE_MATCH", DATE, "151"),
      expected("FOSTER_CARE", CODE, "151"),
      expected("NB_ADOPTR", CODE, "151"),
      expected("SEX_ADOPTR", CODE, "151"),
      expected("LS_ADOPTR", CODE, "151")),
  PLACED_ADOPTION(
      "PlacedAdoption",
      "stage_903_placed_adoption",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("DATE_PLACED", DATE),
      optional("DATE_PLACED_CEASED", DATE),
      optional("REASON_PLACED_CEASED", CODE)),
  PREV_PERM(
      "PrevPerm",
      "stage_903_prev_perm",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("PREV_PERM", CODE),
      optional("LA_PERM", TEXT),
      optional("DATE_PERM", PARTIAL_DATE)),
  MISSING(
      "Missing",
      "stage_903_missing",
      0,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("MISSING", CODE),
      required("MIS_START", DATE),
      optional("MIS_END", DATE)),
  SW_EPISODES(
      "SWEpisodes",
      "stage_903_sw_episodes",
      2023,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("SW_ID", TEXT),
      required("SW_DECOM", DATE),
      optional("SW_DEC", DATE),
      optional("SW_REASON", CODE)),
  DOLO(
      "DoLo",
      "stage_903_dolo",
      2026,
      required("CHILD", CHILD),
      expected("DOB", DATE, null),
      required("DOLO_START", DATE),
      optional("DOLO_END", DATE));

  private final String label;
  private final String stagingTable;
  private final int firstYear;
  private final List<Column> columns;

  Ssda903Table(String label, String stagingTable, int firstYear, Column... columns) {
    this.label = label;
    this.stagingTable = stagingTable;
    this.firstYear = firstYear;
    this.columns = List.of(columns);
  }

  /** The DfE's (and the 903 validator's) name of the table, e.g. {@code PlacedAdoption}. */
  String label() {
    return label;
  }

  String stagingTable() {
    return stagingTable;
  }

  List<Column> columns() {
    return columns;
  }

  /** Whether the DfE collects the table in the year (SWEpisodes from 2023-24, DoLo 2026-27). */
  boolean collectedIn(CollectionYear year) {
    return year.startYear() >= firstYear;
  }

  String firstYearLabel() {
    return new CollectionYear(firstYear).label();
  }

  /** The staging table's columns, in the order a row's values are given. */
  String stagingColumns() {
    return "source_file, source_row, "
        + columns.stream().map(Column::stagingName).collect(Collectors.joining(", "));
  }

  /**
   * Pairs of date columns of one row whose second, when given, may not be before the first (the
   * database refuses such rows, and so do the DfE's rules 356, 567 and others).
   */
  List<List<String>> startAndEnd() {
    return switch (this) {
      case EPISODES -> List.of(List.of("DECOM", "DEC"));
      case AD1 -> List.of(List.of("DATE_INT", "DATE_MATCH"));
      case PLACED_ADOPTION -> List.of(List.of("DATE_PLACED", "DATE_PLACED_CEASED"));
      case MISSING -> List.of(List.of("MIS_START", "MIS_END"));
      case SW_EPISODES -> List.of(List.of("SW_DECOM", "SW_DEC"));
      case DOLO -> List.of(List.of("DOLO_START", "DOLO_END"));
      default -> List.of();
    };
  }

  static Ssda903Table ofLabel(String label) {
    for (Ssda903Table table : values()) {
      if (table.label.equals(label)) {
        return table;
      }
    }
    throw new IllegalArgumentException("no SSDA903 table " + label);
  }
}
