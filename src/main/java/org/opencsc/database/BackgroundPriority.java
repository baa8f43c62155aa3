package org.opencsc.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long background work (a refresh) at a lower CPU priority than the pages: on a council's
 * two-core server a refresh started in the working day would otherwise take the cores from the
 * fifty people reading. Linux only (a thread's or process's nice value, set with {@code renice});
 * elsewhere, or where it is refused, the work runs at normal priority and nothing else changes.
 */
public final class BackgroundPriority {

  private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

  /** The nice value of background work: the pages (0) get about nine tenths of a busy core. */
  static final int NICENESS = 10;

  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private BackgroundPriority() {}

  /**
   * Lowers the calling thread's priority, and that of every thread it starts from now on (a Linux
   * thread inherits its creator's nice value). Meant for threads that only do background work: the
   * priority cannot be raised again without privileges.
   */
  public static void lowerCurrentThread() {
    if (!Files.isSymbolicLink(THREAD_SELF)) {
      return;
    }
    try {
      // /proc/thread-self -> <pid>/task/<tid>
      String target = Files.readSymbolicLink(THREAD_SELF).toString();
      renice(Long.parseLong(target.substring(target.lastIndexOf('/') + 1)));
    } catch (IOException | RuntimeException e) {
      log.debug("Could not lower this thread's priority: {}", e.toString());
    }
  }

  /** Lowers the priority of a process or thread of this machine. */
  static void renice(long pid) {
    try {
      Process renice =
          new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
      } else if (renice.exitValue() != 0) {
        log.debug("renice of {} answered {}", pid, renice.exitValue());
      }
    } catch (IOException e) {
      log.debug("Could not run renice: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
