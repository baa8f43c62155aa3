package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One indicator as its definition's header describes it.
 *
 * @param id stable snake_case id, the definition's file name ({@code referrals})
 * @param title what pages show
 * @param group the part of the service it is about ({@code front-door}, {@code workforce}, …)
 * @param description one or two sentences on what it measures and why it matters
 * @param source the DfE, Ofsted or local definition it follows, and the fields it reads
 * @param numerator what the numerator counts
 * @param denominator what the denominator counts ("none" for a count)
 * @param unit how the value is worked out
 * @param polarity which way is better
 * @param subject whose rows it lists: children or workers
 */
public record Indicator(
    String id,
    String title,
    String group,
    String description,
    String source,
    String numerator,
    String denominator,
    UnitOfMeasure unit,
    Polarity polarity,
    Subject subject) {

  /** Whose rows an indicator is made of. */
  public enum Subject {
    CHILD,
    WORKER;

    @JsonValue
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(subject, "subject");
  }
}
