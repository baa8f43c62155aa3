package org.opencsc.indicators.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the benchmark figures come from ({@code opencsc.indicators.benchmarks}): a file path, or a
 * {@code classpath:} or {@code file:} resource. The default is the file OpenCSC ships; a council
 * may replace it with its own (the same columns).
 */
@ConfigurationProperties("opencsc.indicators")
public record BenchmarkProperties(@DefaultValue(SHIPPED) String benchmarks) {

  /** The England and regional figures OpenCSC ships. */
  public static final String SHIPPED = "classpath:org/opencsc/indicators/benchmarks.csv";
}
