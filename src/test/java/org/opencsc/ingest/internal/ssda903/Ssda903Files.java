package org.opencsc.ingest.internal.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny hand-written SSDA903 files for the tests: a clean return of four children for 2025-26 and
 * the header rows of each table.
 */
final class Ssda903Files {

  static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
  static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
  static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE";
  static final String UASC = "CHILD,SEX,DOB,DUC";
  static final String OC2 =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
  static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
  static final String AD1 =
      "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
  static final String PLACED_ADOPTION =
      "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
  static final String PREV_PERM = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";
  static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
  static final String SW_EPISODES = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON";
  static final String DOLO = "CHILD,DOB,DOLO_START,DOLO_END";

  private Ssda903Files() {}

  /**
   * A clean 2025-26 return. C1 (born 15/06/2012) looked after since 01/01/2024, moved placement on
   * 01/07/2025, two reviews, an OC2 row, two missing episodes and two social workers. C2 (UN2, UASC
   * until her 18th birthday on 01/02/2026) in care from 15/03/2025 to 01/02/2026, with a previous
   * permanence order. C3 (born 10/10/2004), a care leaver whose 21st birthday falls in the year and
   * a mother. C4 (UN1) adopted on 20/01/2026.
   */
  static Path[] cleanReturn(Path dir) {
    return new Path[] {
      write(
          dir,
          "header.csv",
          HEADER,
          "C1,M,15/06/2012,WBRI,A123456789012,,",
          "C2,F,01/02/2008,BAFR,UN2,0,",
          "C3,F,10/10/2004,WBRI,B123456789012,1,05/05/2025",
          "C4,M,01/03/2020,MWBC,UN1,,"),
      write(
          dir,
          "episodes.csv",
          EPISODES,
          "C1,01/01/2024,S,C2,N1,U4,PR1,01/07/2025,X1,CARPL,XS1,XS2,XXXXXXX",
          "C1,01/07/2025,P,C2,N1,K2,PR4,,,,XS1,XQ5,SC123456",
          "C2,15/03/2025,S,V2,N8,K3,PR4,01/02/2026,E15,,XS3,XS3,XXXXXXX",
          "C4,01/06/2024,S,E1,N1,A5,PR1,20/01/2026,E11,,XS4,XS4,XXXXXXX"),
      write(
          dir,
          "reviews.csv",
          REVIEWS,
          "C1,15/06/2012,10/05/2025,PN1",
          "C1,15/06/2012,01/11/2025,PN2"),
      write(dir, "uasc.csv", UASC, "C2,F,01/02/2008,01/02/2026"),
      write(dir, "oc2.csv", OC2, "C1,15/06/2012,14,,0,,1,0,1,0,,"),
      write(dir, "oc3.csv", OC3, "C3,10/10/2004,YES,F2,U1"),
      write(dir, "ad1.csv", AD1, "C4,01/03/2020,01/09/2024,01/02/2025,1,2,MF,L11"),
      write(dir, "placed_adoption.csv", PLACED_ADOPTION, "C4,01/03/2020,01/03/2025,,"),
      write(dir, "prev_perm.csv", PREV_PERM, "C2,01/02/2008,P3,,01/06/2019"),
      write(
          dir,
          "missing.csv",
          MISSING,
          "C1,15/06/2012,M,03/08/2025,05/08/2025",
          "C1,15/06/2012,A,20/03/2026,"),
      write(
          dir,
          "sw_episodes.csv",
          SW_EPISODES,
          "C1,15/06/2012,SW123,01/01/2024,01/09/2025,MANAGE",
          "C1,15/06/2012,SW456,01/09/2025,,")
    };
  }

  /** A UTF-8 file of the given lines, each ended with CRLF as the DfE's CSV files are. */
  static Path write(Path dir, String name, String... lines) {
    return write(dir, name, StandardCharsets.UTF_8, String.join("\r\n", lines) + "\r\n");
  }

  static Path write(Path dir, String name, Charset charset, String text) {
    return writeBytes(dir, name, text.getBytes(charset));
  }

  static Path writeBytes(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
