package org.opencsc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingExportsTest {

  @Test
  void csvStartsWithAByteOrderMarkNeutralisesFormulasAndLeavesTheStreamOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    FindingExports.csv(
        List.of(
            new Finding(
                "header.csv", 2L, "C1", "UPN", "=1+1", "UPN_FORMAT", Severity.QUERY, "Café")),
        out);

    assertThat(closed[0]).isFalse();
    byte[] written = bytes.toByteArray();
    assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8).lines())
        .containsExactly(
            "file,row,child_id,field,value,severity,rule,message",
            "header.csv,2,C1,UPN,'=1+1,query,UPN_FORMAT,Café");
  }
}
