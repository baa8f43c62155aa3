package org.opencsc.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Sends {@link CopyRows}' batches to PostgreSQL over one connection, one COPY after another.
 *
 * <p>{@link #direct} sends each batch before {@link #send} returns. {@link #background} sends from
 * a thread of its own, so that the reader goes on parsing the next rows while the server stores the
 * last ones (on two cores, the reader and the server each keep one busy); at most {@value
 * #IN_FLIGHT} batches wait, so memory stays bounded. While batches are in flight nothing else may
 * use the connection: {@link #await} first. A batch that fails is reported by the next {@link
 * #send} or {@link #await}, and the batches after it are dropped (the transaction has failed).
 */
public final class CopySender implements AutoCloseable {

  static final int IN_FLIGHT = 4;

  private final CopyManager copy;
  private final @Nullable ExecutorService thread;
  private final Semaphore free = new Semaphore(IN_FLIGHT);
  private volatile @Nullable SQLException failure;

  private CopySender(CopyManager copy, @Nullable ExecutorService thread) {
    this.copy = copy;
    this.thread = thread;
  }

  /** Sends each batch at once, on the caller's thread. */
  public static CopySender direct(CopyManager copy) {
    return new CopySender(copy, null);
  }

  /** Sends batches from a thread of its own; {@link #close} stops it. */
  public static CopySender background(CopyManager copy) {
    return new CopySender(
        copy,
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "copy-sender");
              t.setDaemon(true);
              return t;
            }));
  }

  /** Sends one batch of COPY text to {@code sql} ({@code copy … from stdin}). */
  public void send(String sql, String rows) throws SQLException {
    rethrow();
    if (thread == null) {
      copy(sql, rows);
      return;
    }
    acquire(1);
    thread.execute(
        () -> {
          try {
            if (failure == null) {
              copy(sql, rows);
            }
          } catch (SQLException | RuntimeException e) {
            failure = e instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
          } finally {
            free.release();
          }
        });
  }

  /**
   * Waits until every batch sent so far has been stored; throws (once) the first failure. After it
   * returns, the connection is free for other statements.
   */
  public void await() throws SQLException {
    if (thread != null) {
      acquire(IN_FLIGHT);
      free.release(IN_FLIGHT);
    }
    rethrow();
  }

  /** Waits like {@link #await} and forgets any failure: for a caller about to roll back. */
  public void awaitQuietly() {
    try {
      await();
    } catch (SQLException e) {
      // the caller rolls the failed batches back
    }
  }

  @Override
  public void close() {
    awaitQuietly();
    if (thread != null) {
      thread.shutdown();
    }
  }

  private void copy(String sql, String rows) throws SQLException {
    byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private void acquire(int permits) throws SQLException {
    try {
      free.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while sending rows to the database", e);
    }
  }

  private void rethrow() throws SQLException {
    SQLException e = failure;
    if (e != null) {
      failure = null;
      throw e;
    }
  }
}
