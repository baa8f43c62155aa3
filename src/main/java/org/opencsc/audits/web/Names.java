package org.opencsc.audits.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditService;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.security.Login;
import org.springframework.stereotype.Component;

/**
 * Names for the ids an audit keeps, from the served snapshot (workers, teams, service areas) and
 * the logins (auditors); an id the snapshot no longer holds is shown as itself. One instance a
 * request's worth of lookups: {@link #lookup()} starts a fresh cache.
 */
@Component
class Names {

  private final CouncilStructureService council;
  private final AuditService audits;

  Names(CouncilStructureService council, AuditService audits) {
    this.council = council;
    this.audits = audits;
  }

  Lookup lookup() {
    return new Lookup(council.servedSnapshot());
  }

  /** The names of one page, cached. */
  final class Lookup {
    private final Optional<ServedSnapshot> snapshot;
    private final Map<String, String> cache = new HashMap<>();
    private @Nullable Map<String, String> logins;

    private Lookup(Optional<ServedSnapshot> snapshot) {
      this.snapshot = snapshot;
    }

    String worker(@Nullable String id) {
      return name("w:", id, s -> council.worker(s, id(id)).map(w -> w.name()));
    }

    String team(@Nullable String id) {
      return name("t:", id, s -> council.team(s, id(id)).map(t -> t.name()));
    }

    String serviceArea(@Nullable String id) {
      return name("sa:", id, s -> council.serviceArea(s, id(id)).map(a -> a.name()));
    }

    String login(String username) {
      if (logins == null) {
        Map<String, String> names = new HashMap<>();
        for (Login login : audits.auditors()) {
          names.put(login.username(), login.displayName());
        }
        logins = names;
      }
      return logins.getOrDefault(username, username);
    }

    private String name(
        String kind,
        @Nullable String id,
        java.util.function.Function<ServedSnapshot, Optional<String>> find) {
      if (id == null || id.isEmpty()) {
        return "";
      }
      return cache.computeIfAbsent(kind + id, k -> snapshot.flatMap(find::apply).orElse(id));
    }

    private static String id(@Nullable String id) {
      return id == null ? "" : id;
    }
  }
}
