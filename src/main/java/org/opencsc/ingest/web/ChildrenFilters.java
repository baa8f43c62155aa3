package org.opencsc.ingest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.QualityFilter;
import org.opencsc.ingest.internal.QualityHolder;

/**
 * The data quality children list's filter form: the choices it offers and the filters applied. The
 * teams and workers are those holding a child the login may see (the query is scoped, so a social
 * worker is offered their own children's holders only), the rules those of the findings about such
 * children, the severities the two a finding about a child can have, and since (new since the last
 * load, or still open) as on the findings page. A value asked for that is not among the choices
 * (another team's id, a rule no finding has) is still shown as chosen, under its own name, so that
 * the form and the list say the same; no child the login may see matches it, so the list has none
 * (or, for a rule with the children with no findings shown, every child with 0). Public so that the
 * page's template can read it.
 *
 * @param filter the filters asked for
 * @param teams the team choices, the unallocated children last
 * @param workers the worker choices, within the chosen team when there is one
 * @param applied each filter asked for, by name, with its value's label
 */
public record ChildrenFilters(
    QualityFilter filter,
    List<Choice> teams,
    List<Choice> workers,
    List<Choice> rules,
    List<Choice> severities,
    List<Choice> sinces,
    List<Applied> applied) {

  /** A choice of a select: the value sent, and what it shows. */
  public record Choice(String value, String label) {}

  /** A filter applied: its name ("Team") and its value's label ("Child Protection North"). */
  public record Applied(String name, String value) {}

  /**
   * The form for {@code filter}, offering the teams and workers of {@code holders} and the {@code
   * rules}; {@code texts} looks up the names the form shows by message key.
   */
  static ChildrenFilters of(
      QualityFilter filter,
      List<QualityHolder> holders,
      List<String> rules,
      UnaryOperator<String> texts) {
    Map<String, String> teams = new LinkedHashMap<>();
    Map<String, String> workers = new LinkedHashMap<>();
    for (QualityHolder h : holders) {
      teams.putIfAbsent(h.teamKey(), teamLabel(h, texts));
      String workerId = h.workerId();
      if (workerId != null && (filter.team() == null || filter.team().equals(h.teamKey()))) {
        String name = h.workerName();
        workers.putIfAbsent(workerId, name == null ? workerId : name);
      }
    }
    List<Choice> workerChoices =
        new ArrayList<>(
            workers.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::value))
                .toList());
    List<Choice> teamChoices = choices(teams);
    List<Choice> ruleChoices =
        new ArrayList<>(rules.stream().map(rule -> new Choice(rule, rule)).toList());
    List<Choice> severityChoices = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.QUERY)) {
      severityChoices.add(new Choice(s.label(), texts.apply("load.severity." + s.label())));
    }

    String unallocated = texts.apply("quality.group.unallocated");
    Severity severity = filter.severity();
    List<Applied> applied = new ArrayList<>();
    apply(
        applied,
        texts.apply("quality.team"),
        filter.team(),
        teamChoices,
        team -> team.equals(QualityFilter.UNALLOCATED) ? unallocated : team);
    apply(applied, texts.apply("quality.worker"), filter.worker(), workerChoices, id -> id);
    apply(applied, texts.apply("quality.finding.rule"), filter.rule(), ruleChoices, rule -> rule);
    apply(
        applied,
        texts.apply("quality.finding.severity"),
        severity == null ? null : severity.label(),
        severityChoices,
        label -> texts.apply("load.severity." + label));
    List<Choice> sinceChoices = new ArrayList<>();
    for (String since : List.of(QualityFilter.NEW, QualityFilter.OPEN)) {
      sinceChoices.add(new Choice(since, texts.apply("quality.since." + since)));
    }
    apply(applied, texts.apply("quality.since"), filter.since(), sinceChoices, since -> since);
    return new ChildrenFilters(
        filter,
        List.copyOf(teamChoices),
        List.copyOf(workerChoices),
        List.copyOf(ruleChoices),
        List.copyOf(severityChoices),
        List.copyOf(sinceChoices),
        List.copyOf(applied));
  }

  /** Whether any filter is applied (so the form offers to clear them). */
  public boolean any() {
    return !applied.isEmpty();
  }

  private static String teamLabel(QualityHolder h, UnaryOperator<String> texts) {
    if (h.teamKey().equals(QualityFilter.UNALLOCATED)) {
      return texts.apply("quality.group.unallocated");
    }
    String name = h.teamName();
    return name == null ? h.teamKey() : name;
  }

  private static List<Choice> choices(Map<String, String> labels) {
    List<Choice> choices = new ArrayList<>();
    labels.forEach((value, label) -> choices.add(new Choice(value, label)));
    return choices;
  }

  /**
   * Adds the filter to those applied, labelled as its choice; a value that is no choice is added to
   * the choices too (labelled by {@code otherLabel}), so that the select shows it chosen.
   */
  private static void apply(
      List<Applied> applied,
      String name,
      @Nullable String value,
      List<Choice> choices,
      UnaryOperator<String> otherLabel) {
    if (value == null) {
      return;
    }
    Choice chosen = choices.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
    if (chosen == null) {
      chosen = new Choice(value, otherLabel.apply(value));
      choices.add(chosen);
    }
    applied.add(new Applied(name, chosen.label()));
  }
}
