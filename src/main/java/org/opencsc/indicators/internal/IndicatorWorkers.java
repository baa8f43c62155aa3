package org.opencsc.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Works out several indicators at once, each on its own database connection: the figures of every
 * indicator are independent queries, and one query uses one core. As many at a time as {@code
 * opencsc.indicators.parallelism} says (0, the default: one per processor).
 */
@Component
public class IndicatorWorkers implements DisposableBean {

  private final ExecutorService pool;

  IndicatorWorkers(@Value("${opencsc.indicators.parallelism:0}") int parallelism) {
    int threads = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    AtomicInteger made = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "indicators-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** {@code work} applied to each item, several at a time; the results in the items' order. */
  public <T, R> List<R> map(List<T> items, Function<T, R> work) {
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(pool.submit(() -> work.apply(item)));
    }
    List<R> results = new ArrayList<>(items.size());
    try {
      for (Future<R> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working out indicators", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    return results;
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
