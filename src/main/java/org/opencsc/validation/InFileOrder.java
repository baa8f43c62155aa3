package org.opencsc.validation;

/**
 * A rule that compares a child with the children before it in the file (the second child with an LA
 * child ID or UPN already used is the one flagged). The runners check every other rule on several
 * cores in any order, but these one child at a time in file order, so the same file always gives
 * the same findings on the same children.
 */
public interface InFileOrder {}
