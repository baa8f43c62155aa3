package org.opencsc.validation.ssda903;

import java.util.List;

/** The SSDA903 return's table names, as the DfE's guide and rules name them. */
public final class Ssda903Tables {

  public static final String HEADER = "Header";
  public static final String EPISODES = "Episodes";
  public static final String REVIEWS = "Reviews";
  public static final String UASC = "UASC";
  public static final String OC2 = "OC2";
  public static final String OC3 = "OC3";
  public static final String AD1 = "AD1";
  public static final String PLACED_ADOPTION = "PlacedAdoption";
  public static final String PREV_PERM = "PrevPerm";
  public static final String MISSING = "Missing";
  public static final String SW_EPISODES = "SWEpisodes";
  public static final String DOLO = "DoLo";

  public static final List<String> ALL =
      List.of(
          HEADER,
          EPISODES,
          REVIEWS,
          UASC,
          OC2,
          OC3,
          AD1,
          PLACED_ADOPTION,
          PREV_PERM,
          MISSING,
          SW_EPISODES,
          DOLO);

  private Ssda903Tables() {}
}
