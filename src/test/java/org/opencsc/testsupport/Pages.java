package org.opencsc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** A page or a download as a signed-in login gets it, for MockMvc tests of the web pages. */
public final class Pages {

  private static final Pattern CSRF_VALUE = Pattern.compile("(name=\"_csrf\"\\s+value=)\"[^\"]*\"");

  private Pages() {}

  /** The page at {@code path}, which must answer 200, parsed. */
  public static Document page(MockMvc mvc, String path, UserDetails login) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(user(login)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /**
   * The page's HTML with every CSRF token's value blanked. A token is random text, so it can
   * contain a child's ID by chance ("…l7C04i…"): assertions that a page names no child must look at
   * the page without them.
   */
  public static String withoutCsrfTokens(String html) {
    return CSRF_VALUE.matcher(html).replaceAll("$1\"\"");
  }

  /** The download at {@code path}, which must answer 200. */
  public static MockHttpServletResponse download(MockMvc mvc, String path, UserDetails login)
      throws Exception {
    return mvc.perform(get(path).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  /** A CSV download's records, after its byte order mark (which it must have). */
  public static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
      return reader.stream().map(CsvRecord::getFields).toList();
    }
  }
}
