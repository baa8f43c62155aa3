package org.opencsc.generator.internal;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.copy.CopyManager;

/**
 * Copies batches to PostgreSQL on a thread of its own while the caller generates the next batch, so
 * that the generator and the database backend each keep a core busy. One connection, one
 * transaction: the thread only sends COPY statements on the connection it is given, and the caller
 * uses the connection again only after {@link #finish} or {@link #close} has joined the thread.
 *
 * <p>{@link #send} waits while a batch is already queued, so memory holds at most three batches
 * (one being copied, one queued, one being built). The first failure is kept and thrown to the
 * caller by the next {@link #send} or by {@link #finish}; later batches are dropped.
 */
final class CopyPipeline implements AutoCloseable {

  private static final CopyBuffers END = new CopyBuffers(0, java.util.Map.of());

  private final BlockingQueue<CopyBuffers> queue = new ArrayBlockingQueue<>(1);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Thread thread;

  CopyPipeline(CopyManager copy) {
    thread = new Thread(() -> run(copy), "opencsc-copy");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues a batch; throws the copying thread's failure, if any. */
  void send(CopyBuffers batch) throws SQLException {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        throwIfFailed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while queueing a batch", e);
    }
    throwIfFailed();
  }

  /** Waits until every queued batch is copied; throws the first failure, if any. */
  void finish() throws SQLException {
    stop();
    throwIfFailed();
  }

  /** Drops what is still queued and waits for the thread (after a failure elsewhere). */
  @Override
  public void close() {
    if (thread.isAlive()) {
      failure.compareAndSet(null, new SQLException("load abandoned"));
      queue.clear();
      stop();
    }
  }

  private void stop() {
    try {
      queue.put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, new SQLException("interrupted while finishing the load", e));
    }
  }

  private void throwIfFailed() throws SQLException {
    Exception e = failure.get();
    if (e instanceof SQLException sql) {
      throw sql;
    }
    if (e != null) {
      throw new SQLException(e.getMessage(), e);
    }
  }

  private void run(CopyManager copy) {
    try {
      for (CopyBuffers batch = queue.take(); batch != END; batch = queue.take()) {
        if (failure.get() == null) {
          try {
            batch.flush(copy);
          } catch (SQLException | RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, new SQLException("interrupted while loading", e));
    }
  }
}
