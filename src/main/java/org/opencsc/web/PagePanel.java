package org.opencsc.web;

/**
 * A panel one feature adds to another feature's page, so that the page's module need not depend on
 * the feature (which may itself depend on the page's module: the improvement plan shows indicators,
 * and the overview shows the plan's late actions). A page that takes panels asks every {@code
 * PagePanel} bean for those of its name and draws each with its fragment.
 */
public interface PagePanel {

  /** The page it goes on ({@code overview}). */
  String page();

  /**
   * What to draw for this request, or null for nothing: the fragment (template and selector, as in
   * {@code ~{template :: selector}}) and the model the fragment reads as {@code ${panel.model}}.
   */
  @org.jspecify.annotations.Nullable
  Shown show();

  /** A panel to draw: its template, its fragment's selector and what the fragment reads. */
  record Shown(String template, String selector, Object model) {}
}
