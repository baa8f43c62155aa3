package org.opencsc.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.internal.PackAssembler;
import org.opencsc.reports.internal.ReportArchive;
import org.opencsc.reports.internal.ReportRenderer;
import org.opencsc.reports.internal.ScrutinyAssembler;
import org.springframework.stereotype.Service;

/**
 * The reports for those who govern the service, made from the served snapshot as HTML and PDF and
 * kept as made (table {@code report}), so a report reads the same however the figures change
 * afterwards:
 *
 * <ul>
 *   <li>the improvement board's monthly pack: every indicator for the twelve months to the
 *       snapshot's date, by theme, each with its trend, target and RAG, England's figure and the
 *       change since the month before;
 *   <li>a scrutiny committee's report: one theme over a chosen period, each indicator beside the
 *       same period a year before and broken down by service area and team.
 * </ul>
 */
@Service
public class Reports {

  /** How many reports the archive lists. */
  public static final int ARCHIVE_SIZE = 60;

  private final CouncilStructureService council;
  private final PackAssembler packs;
  private final ScrutinyAssembler scrutiny;
  private final ReportRenderer renderer;
  private final ReportArchive archive;

  Reports(
      CouncilStructureService council,
      PackAssembler packs,
      ScrutinyAssembler scrutiny,
      ReportRenderer renderer,
      ReportArchive archive) {
    this.council = council;
    this.packs = packs;
    this.scrutiny = scrutiny;
    this.renderer = renderer;
    this.archive = archive;
  }

  /** The kept reports, newest first. */
  public List<Report> archive() {
    return archive.reports(ARCHIVE_SIZE);
  }

  public Optional<Report> report(long id) {
    return archive.report(id);
  }

  public Optional<byte[]> pdf(long id) {
    return archive.pdf(id);
  }

  public Optional<String> html(long id) {
    return archive.html(id);
  }

  /** The themes a scrutiny report may be about: the indicator groups, in the set's order. */
  public List<String> themes() {
    return scrutiny.themes();
  }

  /**
   * Makes a board pack of the served snapshot now and keeps it; empty when nothing is loaded.
   *
   * @param by the login asking for it
   */
  public Optional<Report> boardPack(String by) {
    return council
        .servedSnapshot()
        .map(s -> archive.keep(s, renderer.boardPack(packs.assemble(s)), by, false).orElseThrow());
  }

  /**
   * The schedule's board pack: made for the served snapshot unless the schedule made one for it
   * already (so a snapshot still served next month is not packed again); empty then, and when
   * nothing is loaded.
   */
  public Optional<Report> scheduledBoardPack() {
    Optional<ServedSnapshot> served = council.servedSnapshot();
    if (served.isEmpty() || archive.scheduledExists(served.get())) {
      return Optional.empty();
    }
    ServedSnapshot snapshot = served.get();
    return archive.keep(
        snapshot, renderer.boardPack(packs.assemble(snapshot)), ReportArchive.SCHEDULE, true);
  }

  /**
   * What is wrong with a scrutiny request, by field, as message keys; empty when it can be made.
   *
   * @throws IllegalStateException when nothing is loaded
   */
  public Map<String, String> problems(ScrutinyRequest request) {
    return request.problems(themes(), served().asAt());
  }

  /**
   * Makes the scrutiny report asked for and keeps it.
   *
   * @param by the login asking for it
   * @throws IllegalArgumentException when the request has {@link #problems}
   */
  public Report scrutiny(ScrutinyRequest request, String by) {
    ServedSnapshot snapshot = served();
    if (!request.problems(themes(), snapshot.asAt()).isEmpty()) {
      throw new IllegalArgumentException("the scrutiny request cannot be answered: " + request);
    }
    return archive
        .keep(snapshot, renderer.scrutiny(scrutiny.assemble(snapshot, request)), by, false)
        .orElseThrow();
  }

  private ServedSnapshot served() {
    return council
        .servedSnapshot()
        .orElseThrow(() -> new IllegalStateException("nothing has been loaded yet"));
  }
}
