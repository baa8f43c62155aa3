package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.CinValidation;
import org.opencsc.validation.cin.XmlNode;

/**
 * The DfE's rules on a census's children on every core while the file is still being read. The
 * reading thread hands children over in batches; a pool of checking threads (one per processor)
 * runs the rules that see one child alone; the batches come back in file order and the reading
 * thread adds what the rules that compare children in file order find, then stages each child. At
 * most two batches per checking thread are in flight, so memory holds a few hundred children, never
 * the file. The checking threads are started by the reading thread and so run at its CPU priority
 * (a refresh's is lowered: {@code BackgroundPriority}).
 */
final class ParallelChecks implements AutoCloseable {

  /** Stages one child once every rule has seen it. */
  interface Stage {
    void stage(XmlNode child, long row, List<RuleFinding> found) throws SQLException;
  }

  /** Children per batch: big enough that handing over costs nothing, small enough to stay cheap. */
  static final int BATCH = 128;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final CinValidation.Checker rules;
  private final CinReturn census;
  private final Stage stage;
  private final int threads;
  private final ExecutorService pool;
  private final Deque<Future<List<Checked>>> inFlight = new ArrayDeque<>();
  private final LongAdder ruleNanos = new LongAdder();
  private List<Pending> batch = new ArrayList<>(BATCH);

  ParallelChecks(CinReturn census, int threads, Stage stage) {
    this.rules = CinValidation.checker(census);
    this.census = census;
    this.stage = stage;
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, daemons());
  }

  /** Takes the child at {@code row}; it is staged later, once checked, in file order. */
  void add(XmlNode child, long row) throws SQLException {
    batch.add(new Pending(child, row));
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /**
   * Checks and stages every child still held, then returns what the rules about the census as a
   * whole find.
   */
  List<RuleFinding> finish() throws SQLException {
    if (!batch.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      stageOldest();
    }
    return rules.finish(census);
  }

  /** The census's rules: what could not run, and what failed. */
  CinValidation.Checker rules() {
    return rules;
  }

  /** The time the checking threads spent in the rules, all threads together. */
  long ruleNanos() {
    return ruleNanos.sum();
  }

  int threads() {
    return threads;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void submit() throws SQLException {
    List<Pending> children = batch;
    batch = new ArrayList<>(BATCH);
    inFlight.addLast(pool.submit(() -> check(children)));
    while (inFlight.size() > 2 * threads) {
      stageOldest();
    }
  }

  private List<Checked> check(List<Pending> children) {
    List<Checked> checked = new ArrayList<>(children.size());
    long started = System.nanoTime();
    for (Pending pending : children) {
      CinChild child = new CinChild(pending.node(), census);
      checked.add(new Checked(child, pending.row(), rules.check(child)));
    }
    ruleNanos.add(System.nanoTime() - started);
    return checked;
  }

  private void stageOldest() throws SQLException {
    for (Checked checked : await(inFlight.removeFirst())) {
      long started = System.nanoTime();
      List<RuleFinding> inOrder = rules.checkInFileOrder(checked.child());
      ruleNanos.add(System.nanoTime() - started);
      List<RuleFinding> found = checked.found();
      if (!inOrder.isEmpty()) {
        found = new ArrayList<>(found);
        found.addAll(inOrder);
      }
      stage.stage(checked.child().node(), checked.row(), found);
    }
  }

  private static List<Checked> await(Future<List<Checked>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the CIN census's rules ran", e);
    } catch (ExecutionException e) {
      // the rules catch their own failures: what reaches here is a defect of this class's caller
      throw new IllegalStateException("the CIN census's rules could not run", e.getCause());
    }
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "cin-rules-" + pool + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private record Pending(XmlNode node, long row) {}

  private record Checked(CinChild child, long row, List<RuleFinding> found) {}
}
