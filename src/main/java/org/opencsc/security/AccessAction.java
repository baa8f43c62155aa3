package org.opencsc.security;

/** What happened to child-level data, as {@code access_log.action} holds it. */
public enum AccessAction {
  VIEW("view"),
  EXPORT("export"),
  REFUSED("refused");

  private final String id;

  AccessAction(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
