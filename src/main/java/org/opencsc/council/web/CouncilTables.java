package org.opencsc.council.web;

import java.util.List;
import java.util.Locale;
import org.opencsc.council.ChildRow;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.UnitCount;
import org.opencsc.council.WorkerCount;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The council pages' tables as downloads (CSV or Excel), with the same columns as the pages. */
@Component
class CouncilTables {

  private final MessageSource messages;

  CouncilTables(MessageSource messages) {
    this.messages = messages;
  }

  ResponseEntity<byte[]> children(
      String format, List<ChildRow> children, String name, ServedSnapshot snapshot) {
    DownloadTable table =
        new DownloadTable(name)
            .text(text("child.id"))
            .integer(text("child.age"))
            .text(text("child.sex"))
            .text(text("child.open-as"))
            .text(text("child.worker"))
            .text(text("child.team"))
            .date(text("child.allocated-since"));
    for (ChildRow c : children) {
      table.row(
          c.childId(),
          c.age(),
          messages.getMessage("child.sex." + c.sex(), null, c.sex(), Locale.UK),
          text("child.open-as." + c.openAs()),
          c.workerName(),
          c.teamName(),
          c.allocatedSince());
    }
    return Downloads.of(format, table, file(name, snapshot));
  }

  ResponseEntity<byte[]> units(
      String format,
      List<UnitCount> units,
      String unitHeading,
      String name,
      ServedSnapshot snapshot) {
    DownloadTable table =
        new DownloadTable(name)
            .text(unitHeading)
            .text(unitHeading + " id")
            .integer(text("council.children-allocated"));
    for (UnitCount u : units) {
      table.row(u.name(), u.id(), u.children());
    }
    return Downloads.of(format, table, file(name, snapshot));
  }

  ResponseEntity<byte[]> workers(
      String format, List<WorkerCount> workers, String name, ServedSnapshot snapshot) {
    DownloadTable table =
        new DownloadTable(name)
            .text(text("team.worker"))
            .text(text("team.worker") + " id")
            .text(text("worker.employment"))
            .integer(text("council.children-allocated"));
    for (WorkerCount w : workers) {
      table.row(
          w.name(),
          w.id(),
          text(w.agencyWorker() ? "worker.agency" : "worker.permanent"),
          w.children());
    }
    return Downloads.of(format, table, file(name, snapshot));
  }

  /** The served snapshot, or 404: there is nothing to download before a load. */
  static ServedSnapshot served(org.opencsc.council.CouncilStructureService council) {
    return council.servedSnapshot().orElseThrow(() -> new NotFoundException("no data loaded"));
  }

  String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  private static String file(String name, ServedSnapshot snapshot) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + snapshot.asAt();
  }
}
