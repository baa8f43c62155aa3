package org.opencsc.ingest.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snapshot's load tables ({@code child} → {@code child_s12}), for SQL written against table
 * names in braces: {@code insert into {episode_of_care} …} and {@code :snapshot_id}. The load
 * tables exist only inside the loading transaction, so their names are known only at run time.
 */
public final class LoadTables {

  private static final Pattern TABLE = Pattern.compile("\\{([a-z_][a-z_0-9]*)\\}");
  private static final Pattern SNAPSHOT_ID = Pattern.compile("(?<!:):snapshot_id\\b");

  private final long snapshotId;
  private final Map<String, String> tables;

  /**
   * @param tables table → load table, as {@code SnapshotPartitions.createLoadTables} returns
   */
  public LoadTables(long snapshotId, Map<String, String> tables) {
    this.snapshotId = snapshotId;
    this.tables = Map.copyOf(tables);
  }

  public long snapshotId() {
    return snapshotId;
  }

  public Map<String, String> tables() {
    return tables;
  }

  /**
   * The SQL with each {@code {table}} replaced by its load table and {@code :snapshot_id} by the
   * snapshot's ID.
   *
   * @throws IllegalArgumentException for a name in braces that is not a domain table
   */
  public String render(String sql) {
    Matcher m = TABLE.matcher(sql);
    StringBuilder out = new StringBuilder(sql.length() + 64);
    while (m.find()) {
      String load = tables.get(m.group(1));
      if (load == null) {
        throw new IllegalArgumentException("{" + m.group(1) + "} is not a domain table");
      }
      m.appendReplacement(out, Matcher.quoteReplacement('"' + load + '"'));
    }
    m.appendTail(out);
    return SNAPSHOT_ID.matcher(out).replaceAll(Long.toString(snapshotId));
  }
}
