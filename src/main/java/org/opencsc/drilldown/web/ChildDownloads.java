package org.opencsc.drilldown.web;

import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The child page's two tables as CSV or Excel, row for row as the page shows them (the same words,
 * from {@link ChildPage}, under the same headings), with dates as dates. The file is named after
 * the child's id, which is in the path already and never in a query string.
 */
@Component
class ChildDownloads {

  /** What the access log calls each download. */
  static final String TIMELINE = "child timeline";

  static final String WORKERS = "child case holders";

  private final MessageSource messages;

  ChildDownloads(MessageSource messages) {
    this.messages = messages;
  }

  ResponseEntity<byte[]> timeline(String format, ChildPage page, String childId) {
    DownloadTable table =
        new DownloadTable(message("child-record.timeline.title"))
            .date(message("child-record.timeline.date"))
            .date(message("child-record.timeline.until"))
            .text(message("child-record.timeline.event"))
            .text(message("child-record.timeline.details"))
            .text(message("child-record.timeline.record-id"));
    for (ChildPage.Line line : page.timeline()) {
      table.row(line.date(), line.endDate(), line.event(), line.details(), line.recordId());
    }
    return Downloads.of(format, table, "child-" + childId + "-timeline");
  }

  ResponseEntity<byte[]> workers(String format, ChildPage page, String childId) {
    DownloadTable table =
        new DownloadTable(message("child-record.workers.title"))
            .text(message("child-record.workers.worker"))
            .text(message("child-record.workers.team"))
            .date(message("child-record.workers.from"))
            .date(message("child-record.workers.to"))
            .text(message("child-record.workers.reason"));
    for (ChildPage.Holder row : page.caseHolders()) {
      table.row(
          row.holder().workerName(),
          row.holder().teamName(),
          row.holder().startDate(),
          row.holder().endDate(),
          row.changeReason());
    }
    return Downloads.of(format, table, "child-" + childId + "-workers");
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
