package org.opencsc.database;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The embedded PostgreSQL's {@code shared_buffers}: the size set ({@code 512MB}, {@code 4GB}), or
 * for {@code auto} a quarter of the machine's memory (PostgreSQL's own advice for a server of its
 * own), from 128 MB to 8 GB. PostgreSQL takes the memory only as pages are read into it.
 */
final class SharedBuffers {

  static final long MIN_MB = 128;
  static final long MAX_MB = 8 * 1024;

  private SharedBuffers() {}

  /** The setting for a machine with {@code machineBytes} of memory. */
  static String setting(String configured, long machineBytes) {
    if (!"auto".equals(configured.strip().toLowerCase(Locale.ROOT))) {
      return configured.strip();
    }
    long quarterMb = machineBytes / 4 / (1024 * 1024);
    return Math.max(MIN_MB, Math.min(MAX_MB, quarterMb)) + "MB";
  }

  /** The setting for this machine (or container: the JVM reports its limit). */
  static String setting(String configured) {
    return setting(
        configured,
        ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize());
  }
}
