package org.opencsc.validation.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Located;

/**
 * Ofsted's lists of registered children's social care providers as the SSDA903 rules need them:
 * each provider by its URN, with the placement types (PL) and placement provider codes
 * (PLACE_PROVIDER) it may be recorded with, its postcode, the date its registration ended and its
 * local authority.
 *
 * @param providers by URN, upper case ({@link #key})
 * @param councilCode the council's own authority code, as the providers' authorities are given
 *     ({@code opencsc.council.ons-code}); null when not set (rule 229 then finds nothing)
 */
public record Providers(Map<String, Provider> providers, @Nullable String councilCode) {

  /** The URN the DfE allows when a provider has none, or it is not known. */
  public static final String PLACEHOLDER = "XXXXXXX";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * One provider, as a record the findings can point at (the provider file's row).
   *
   * @param row the row of the provider file (its header line is row 1)
   * @param placements the placement types (PL codes) Ofsted lists for it; empty when not given
   * @param providerCodes the placement provider codes (PR0-PR5) it lists; empty when not given
   * @param postcode its postcode as given, or {@code ""}
   * @param registrationEnd the date its registration ended (closed, deregistered), or null while
   *     registered
   * @param authority its local authority code, or null when not known
   */
  public record Provider(
      String urn,
      long row,
      Set<String> placements,
      Set<String> providerCodes,
      String postcode,
      @Nullable LocalDate registrationEnd,
      @Nullable String authority)
      implements Located {

    public Provider {
      placements = Set.copyOf(placements);
      providerCodes = Set.copyOf(providerCodes);
    }

    @Override
    public String table() {
      return "Ofsted providers";
    }

    /**
     * The provider file's values as the findings show them: {@code URN}, {@code PLACE_CODES},
     * {@code PROVIDER_CODES}, {@code POSTCODE}, {@code REG_END}, {@code LA}.
     */
    @Override
    public String value(String field) {
      return switch (field) {
        case "URN" -> urn;
        case "PLACE_CODES" -> String.join("/", placements.stream().sorted().toList());
        case "PROVIDER_CODES" -> String.join("/", providerCodes.stream().sorted().toList());
        case "POSTCODE" -> postcode;
        case "REG_END" -> registrationEnd == null ? "" : DAY.format(registrationEnd);
        case "LA" -> authority == null ? "" : authority;
        default -> "";
      };
    }
  }

  public Providers {
    providers = Map.copyOf(providers);
    councilCode = councilCode == null || councilCode.isBlank() ? null : councilCode.strip();
  }

  /** A URN as the lists are keyed: trimmed, upper case. */
  public static String key(String urn) {
    return urn.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the episode gives a URN to look up: present and not the placeholder XXXXXXX. */
  public static boolean given(Ssda903Row episode) {
    return episode.present("URN") && !episode.is("URN", PLACEHOLDER);
  }

  /** The episode's provider, or null when it gives no URN or one the lists do not hold. */
  public @Nullable Provider of(Ssda903Row episode) {
    return given(episode) ? providers.get(key(episode.value("URN"))) : null;
  }

  /** Whether the episode's URN (given, not the placeholder) is in the lists. */
  public boolean known(Ssda903Row episode) {
    return of(episode) != null;
  }
}
