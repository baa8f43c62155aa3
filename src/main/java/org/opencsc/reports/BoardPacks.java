package org.opencsc.reports;

import java.util.List;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.internal.PackArchive;
import org.opencsc.reports.internal.PackAssembler;
import org.opencsc.reports.internal.PackContent;
import org.opencsc.reports.internal.PackRenderer;
import org.opencsc.reports.internal.RenderedPack;
import org.springframework.stereotype.Service;

/**
 * The monthly board pack: the served snapshot's council figures for the twelve months to its date,
 * grouped by theme, each with its trend, target and RAG, England's figure and the change since the
 * month before, as HTML and PDF. Packs are kept as generated (table {@code board_pack}), so a pack
 * reads the same however the figures change afterwards.
 */
@Service
public class BoardPacks {

  /** How many packs the archive lists. */
  public static final int ARCHIVE_SIZE = 60;

  private final CouncilStructureService council;
  private final PackAssembler assembler;
  private final PackRenderer renderer;
  private final PackArchive archive;

  BoardPacks(
      CouncilStructureService council,
      PackAssembler assembler,
      PackRenderer renderer,
      PackArchive archive) {
    this.council = council;
    this.assembler = assembler;
    this.renderer = renderer;
    this.archive = archive;
  }

  /** The kept packs, newest first. */
  public List<BoardPack> archive() {
    return archive.packs(ARCHIVE_SIZE);
  }

  public Optional<BoardPack> pack(long id) {
    return archive.pack(id);
  }

  public Optional<byte[]> pdf(long id) {
    return archive.pdf(id);
  }

  public Optional<String> html(long id) {
    return archive.html(id);
  }

  /**
   * Generates a pack of the served snapshot now and keeps it; empty when nothing has been loaded.
   *
   * @param by the login asking for it
   */
  public Optional<BoardPack> generate(String by) {
    return council.servedSnapshot().map(s -> archive.keep(s, render(s), by, false).orElseThrow());
  }

  /**
   * The schedule's pack: generated for the served snapshot unless the schedule made one for it
   * already (so a snapshot that is still served next month is not packed again); empty then, and
   * when nothing has been loaded.
   */
  public Optional<BoardPack> generateScheduled() {
    Optional<ServedSnapshot> served = council.servedSnapshot();
    if (served.isEmpty() || archive.scheduledExists(served.get())) {
      return Optional.empty();
    }
    ServedSnapshot snapshot = served.get();
    return archive.keep(snapshot, render(snapshot), PackArchive.SCHEDULE, true);
  }

  private RenderedPack render(ServedSnapshot snapshot) {
    PackContent content = assembler.assemble(snapshot);
    return renderer.render(content);
  }
}
