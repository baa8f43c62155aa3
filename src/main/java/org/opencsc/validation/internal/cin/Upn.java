package org.opencsc.validation.internal.cin;

/**
 * The format of a unique pupil number (UPN), as the DfE defines it: 13 characters, a check letter,
 * the 3-digit code of the local authority that issued it, 8 digits, and a 13th character that is a
 * digit, or a letter for a temporary UPN. The letters the DfE uses leave out I, O and S.
 */
final class Upn {

  /**
   * The DfE's letters in order: a check remainder of 0 is A, 22 is Z; a letter's value likewise.
   */
  static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  static final int LENGTH = 13;

  private Upn() {}

  /** The 13th character is a digit or one of the DfE's letters. */
  static boolean validLast(char c) {
    return isDigit(c) || LETTERS.indexOf(c) >= 0;
  }

  /** Characters 2 to 12 are digits (the LA code and the serial number). */
  static boolean digitsInMiddle(String upn) {
    for (int i = 1; i < LENGTH - 1; i++) {
      if (!isDigit(upn.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The check letter the DfE computes from characters 2 to 13: each times its position (2 to 13), a
   * letter at 13 counting as its place in {@link #LETTERS}, summed, modulo 23. Only for a UPN of 13
   * characters with digits in the middle and a valid 13th character.
   */
  static char checkLetter(String upn) {
    int sum = 0;
    for (int i = 1; i < LENGTH; i++) {
      char c = upn.charAt(i);
      int value = isDigit(c) ? c - '0' : LETTERS.indexOf(c);
      sum += value * (i + 1);
    }
    return LETTERS.charAt(sum % 23);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
