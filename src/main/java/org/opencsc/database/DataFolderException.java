package org.opencsc.database;

/** The embedded database's data folder cannot be used; the message says why in one line. */
public class DataFolderException extends RuntimeException {

  public DataFolderException(String message) {
    super(message);
  }

  public DataFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
