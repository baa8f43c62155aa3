package org.opencsc.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns why the application could not start into one line a person can act on. The full stack trace
 * still goes to the log file.
 */
public final class StartupFailure {

  private StartupFailure() {}

  public static String describe(Throwable failure) {
    List<Throwable> chain = chain(failure);
    for (Throwable t : chain) {
      if (t instanceof PortInUseException p) {
        return "port "
            + p.getPort()
            + " is already in use: stop what uses it or start OpenCSC with SERVER_PORT=<another port>";
      }
      if (t.getClass().getSimpleName().equals("DataFolderException")) {
        return t.getMessage();
      }
    }
    for (Throwable t : chain) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        Optional<String> line = describeSqlState(sql);
        if (line.isPresent()) {
          return line.get();
        }
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return "cannot reach the database ("
            + t.getMessage()
            + "): check SPRING_DATASOURCE_URL and that PostgreSQL is running";
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
  }

  private static Optional<String> describeSqlState(SQLException sql) {
    String state = sql.getSQLState();
    if (state.startsWith("28")) {
      return Optional.of(
          "the database refused the user name or password ("
              + firstLine(sql.getMessage())
              + "): check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
              + " SPRING_DATASOURCE_PASSWORD");
    }
    if (state.startsWith("08")) {
      return Optional.of(
          "cannot reach the database ("
              + firstLine(sql.getMessage())
              + "): check SPRING_DATASOURCE_URL and that PostgreSQL is running");
    }
    if (state.equals("3D000")) {
      return Optional.of(
          "the database does not exist (" + firstLine(sql.getMessage()) + "): create it first");
    }
    return Optional.empty();
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no details";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
