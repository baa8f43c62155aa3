package org.opencsc.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the embedded PostgreSQL's data folder: checks that it can be written and that no other
 * OpenCSC uses it, and stops a PostgreSQL left running by an OpenCSC that was killed.
 *
 * <p>Zonky holds a file lock on {@code epg-lock} in the data folder for as long as its JVM lives; a
 * lock we can take means no live OpenCSC owns the folder, so a postmaster still named in {@code
 * postmaster.pid} is an orphan of a killed one.
 */
final class DataFolder {

  private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
  private static final String ZONKY_LOCK = "epg-lock";
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  private final Path dir;

  DataFolder(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path path() {
    return dir;
  }

  /** Creates the folder if needed and proves it writable, or throws a one-line reason. */
  void ensureWritable() {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new DataFolderException(
          "the data folder "
              + dir
              + " cannot be created ("
              + describe(e)
              + "): set OPENCSC_DATABASE_DATA_DIR to a folder OpenCSC may write",
          e);
    }
    Path probe = dir.resolve(".write-test");
    try {
      Files.writeString(probe, "ok");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new DataFolderException(
          "the data folder "
              + dir
              + " is not writable ("
              + describe(e)
              + "): set OPENCSC_DATABASE_DATA_DIR to a folder OpenCSC may write",
          e);
    }
  }

  /** Fails if a running OpenCSC holds the folder; stops an orphaned postmaster otherwise. */
  void releaseFromDeadOwner() {
    Path lockFile = dir.resolve(ZONKY_LOCK);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
        FileLock lock = raf.getChannel().tryLock()) {
      if (lock == null) {
        throw new DataFolderException(
            "the data folder "
                + dir
                + " is in use by another running OpenCSC: stop it, or set OPENCSC_DATABASE_DATA_DIR");
      }
    } catch (IOException e) {
      throw new DataFolderException("the data folder " + dir + " cannot be locked", e);
    }
    orphanPostmaster().ifPresent(this::stop);
  }

  private Optional<ProcessHandle> orphanPostmaster() {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
      long pid = Long.parseLong(lines.get(0).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (IOException | RuntimeException e) {
      log.warn("Ignoring unreadable {}: {}", pidFile, e.toString());
      return Optional.empty();
    }
  }

  private void stop(ProcessHandle postmaster) {
    log.warn(
        "Stopping PostgreSQL (pid {}) left running on {} by an OpenCSC that did not shut down",
        postmaster.pid(),
        dir);
    try {
      // SIGINT is PostgreSQL's "fast" shutdown: ends sessions, checkpoints, exits cleanly.
      new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor();
      Instant deadline = Instant.now().plus(STOP_WAIT);
      while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new DataFolderException("cannot stop the PostgreSQL left running on " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataFolderException("interrupted while stopping PostgreSQL on " + dir, e);
    }
    if (postmaster.isAlive()) {
      throw new DataFolderException(
          "the PostgreSQL (pid " + postmaster.pid() + ") left running on " + dir + " did not stop");
    }
  }

  /** Why the file system refused, in words rather than an exception's class name. */
  private static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file that is not a folder has that name";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
