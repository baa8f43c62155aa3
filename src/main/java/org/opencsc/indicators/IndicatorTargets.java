package org.opencsc.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.internal.TargetRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's targets for its indicators, with the amber tolerance around each, and where a value
 * stands against them ({@link Rag}). An administrator sets a target with a reason; the change and
 * its history row (who, when, from what, why) are written in one transaction, and the history is
 * never changed afterwards.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTargets {

  /** The longest reason a change may give. */
  public static final int MAX_REASON_LENGTH = 1000;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TargetRepository repository;
  private final IndicatorService indicators;

  IndicatorTargets(TargetRepository repository, IndicatorService indicators) {
    this.repository = repository;
    this.indicators = indicators;
  }

  public Optional<Target> target(String indicator) {
    return repository.target(indicator);
  }

  /** Raised by every change of any target (a key for what is worked out with them). */
  public long version() {
    return repository.version();
  }

  /** Every target set, by indicator id. */
  public Map<String, Target> targets() {
    return Collections.unmodifiableMap(
        repository.targets().stream()
            .collect(Collectors.toMap(Target::indicator, t -> t, (a, b) -> a, LinkedHashMap::new)));
  }

  /**
   * What is wrong with this target for this indicator; empty when it may be set.
   *
   * @param target the target in the indicator's unit
   * @param tolerance how far on the wrong side of the target is still amber
   * @param reason why it is being set
   */
  public static List<TargetProblem> problems(
      Indicator indicator, BigDecimal target, BigDecimal tolerance, @Nullable String reason) {
    List<TargetProblem> problems = new ArrayList<>();
    if (target.signum() < 0) {
      problems.add(TargetProblem.NEGATIVE_TARGET);
    } else if (indicator.unit() == UnitOfMeasure.PERCENT && target.compareTo(HUNDRED) > 0) {
      problems.add(TargetProblem.PERCENT_TARGET_OVER_100);
    }
    if (tolerance.signum() < 0) {
      problems.add(TargetProblem.NEGATIVE_TOLERANCE);
    }
    if (reason == null || reason.isBlank()) {
      problems.add(TargetProblem.NO_REASON);
    } else if (reason.strip().length() > MAX_REASON_LENGTH) {
      problems.add(TargetProblem.REASON_TOO_LONG);
    }
    return List.copyOf(problems);
  }

  /**
   * Sets an indicator's target and amber tolerance, and records the change with {@code user} and
   * {@code reason} in the target's history, in one transaction.
   *
   * @throws IllegalArgumentException for an unknown indicator, or a target with {@link #problems}
   *     (a negative target or tolerance, a percentage above 100, no reason)
   */
  @Transactional
  public void set(
      String indicator, BigDecimal target, BigDecimal tolerance, String user, String reason) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(tolerance, "tolerance");
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("a target is set by a signed-in user");
    }
    Indicator known =
        indicators
            .indicator(indicator)
            .orElseThrow(() -> new IllegalArgumentException("no indicator '" + indicator + "'"));
    List<TargetProblem> problems = problems(known, target, tolerance, reason);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "target for "
              + indicator
              + " refused: "
              + problems.stream()
                  .map(TargetProblem::description)
                  .collect(Collectors.joining("; ")));
    }
    repository.lock(indicator);
    Target old = repository.target(indicator).orElse(null);
    repository.save(indicator, target, tolerance, user.strip(), reason.strip(), old);
  }

  /** Every change to the indicator's target, newest first. */
  public List<TargetChange> history(String indicator) {
    return repository.history(indicator);
  }

  /** Where {@code value} stands against the indicator's target. */
  public Rag rag(Indicator indicator, @Nullable BigDecimal value) {
    if (value == null || indicator.polarity() == Polarity.NEITHER) {
      return Rag.NONE;
    }
    return Rag.of(indicator.polarity(), target(indicator.id()).orElse(null), value);
  }
}
