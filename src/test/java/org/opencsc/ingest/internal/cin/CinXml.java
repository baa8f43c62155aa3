package org.opencsc.ingest.internal.cin;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written census files for tests: a header for the year and the children given. */
final class CinXml {

  private CinXml() {}

  /** A census of the collection year ending 31 March {@code year} (2026 = 2025-26). */
  static String census(int year, String children) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>%d</Year>
              <ReferenceDate>%d-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>999</LEA>
              <SoftwareCode>Hand written</SoftwareCode>
              <Release>1</Release>
              <SerialNo>001</SerialNo>
              <DateTime>%d-04-01T00:00:00</DateTime>
            </Source>
          </Header>
          <Children>
        %s  </Children>
        </Message>
        """
        .formatted(year, year, year, children);
  }

  /** A child with the identifiers and characteristics most tests need, plus {@code details}. */
  static String child(String id, String sex, String birth, String details) {
    return """
            <Child>
              <ChildIdentifiers>
                <LAchildID>%s</LAchildID>
                <PersonBirthDate>%s</PersonBirthDate>
                <Sex>%s</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
        %s    </Child>
        """
        .formatted(id, birth, sex, details);
  }

  /** An open referral of {@code date} from a school, with what it holds. */
  static String referral(String date, String inside) {
    return """
              <CINdetails>
                <CINreferralDate>%s</CINreferralDate>
                <ReferralSource>2A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
        %s        <ReferralNFA>0</ReferralNFA>
              </CINdetails>
        """
        .formatted(date, inside);
  }

  static Path write(Path dir, String name, String xml) throws IOException {
    return write(dir, name, xml, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, String xml, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, xml.getBytes(charset));
    return file;
  }
}
