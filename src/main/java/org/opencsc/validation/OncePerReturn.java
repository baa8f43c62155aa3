package org.opencsc.validation;

/**
 * A rule about the return as a whole (its header, its reference date) rather than about each child:
 * run once per return, on whichever child the runner gives it, never once per child.
 */
public interface OncePerReturn {}
