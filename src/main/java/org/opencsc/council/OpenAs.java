package org.opencsc.council;

/** What a child is open to children's social care as on a date, the first that applies. */
public enum OpenAs {
  /** Looked after: in an episode of care. */
  CLA,
  /** On a child protection plan. */
  CP,
  /** A child in need: an open referral. */
  CIN,
  /** Left care aged 16 or over and not yet 25. */
  CARE_LEAVER,
  /** Allocated, but none of the above. */
  NONE
}
