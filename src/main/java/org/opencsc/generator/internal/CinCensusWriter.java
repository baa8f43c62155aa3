package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.flag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/**
 * Writes {@code DIR/cin/cin_census.xml}: the children in need census of one collection year, in the
 * shape of the DfE 2025-26 message as checked by OpenCSC's own schema ({@code
 * org/opencsc/generator/cin/cin-census-2025-26.xsd}), dates yyyy-mm-dd, streamed with StAX one
 * child at a time.
 *
 * <p>Rules applied (DfE CIN census guide): a child is in the census when one of their episodes of
 * need (referrals) is open at some time in the year, i.e. the referral is on or before 31 March and
 * not closed before 1 April; each such referral is one CINdetails. Within it go the assessments,
 * CIN plans, section 47 enquiries and child protection plans of that referral that are open at some
 * time in the year, and the CP review conferences held in the year. Dates after 31 March (a
 * closure, an authorisation, a plan end) are not yet known at the reference date and are left out,
 * together with what depends on them (ReasonForClosure, the assessment factors). A section 47
 * enquiry is open until its initial conference, or until it ended when none was needed (rule 8740),
 * so every conference held in the year is on its Section47; the CINdetails' DateOfInitialCPC, which
 * may not repeat it (rule 2884), stays empty. A child has either a date of birth or an expected
 * one, not both (rule 8525Q).
 */
public final class CinCensusWriter implements Consumer<ChildHistory>, AutoCloseable {

  private final ReportingYear year;
  private final OutputStream out;
  private final XmlOut xml;
  private int children;
  private boolean closed;

  private CinCensusWriter(ReportingYear year, OutputStream out) {
    this.year = year;
    this.out = out;
    this.xml = new XmlOut(out);
  }

  /** Creates the file and writes the message's header. */
  public static CinCensusWriter open(Organisation org, ReportingYear year, Path directory) {
    Path file = directory.resolve("cin").resolve("cin_census.xml");
    try {
      Files.createDirectories(file.getParent());
      CinCensusWriter writer =
          new CinCensusWriter(year, new BufferedOutputStream(Files.newOutputStream(file)));
      writer.xml.start("Message");
      header(writer.xml, org, year);
      writer.xml.start("Children");
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public void accept(ChildHistory history) {
    if (history.referrals().stream()
        .anyMatch(r -> year.overlaps(r.cinReferralDate(), r.cinClosureDate()))) {
      child(xml, history, year);
      children++;
    }
  }

  /** Ends the message and closes the file; returns the number of children in the census. */
  public int finish() {
    xml.end().end();
    xml.close();
    close();
    return children;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the CIN census", e);
    }
  }

  private static void header(XmlOut xml, Organisation org, ReportingYear year) {
    xml.start("Header").start("CollectionDetails");
    xml.leaf("Collection", "CIN")
        .leaf("Year", String.valueOf(year.end().getYear()))
        .leaf("ReferenceDate", Formats.isoDate(year.end()));
    xml.end().start("Source");
    xml.leaf("SourceLevel", "L")
        .leaf("LEA", org.laCode())
        .leaf("SoftwareCode", "OpenCSC synthetic council generator")
        .leaf("Release", "2025-26")
        .leaf("SerialNo", "001")
        .leaf("DateTime", Formats.isoDate(org.asAt()) + "T00:00:00");
    xml.end().end();
  }

  private static void child(XmlOut xml, ChildHistory history, ReportingYear year) {
    ChildHistory.Child c = history.child();
    xml.start("Child").start("ChildIdentifiers");
    xml.leaf("LAchildID", c.childId())
        .leaf("UPN", c.upn())
        .leaf("UPNunknown", c.upn() == null ? c.upnUnknown() : null)
        .leaf("PersonBirthDate", date(c.personBirthDate()))
        .leaf(
            "ExpectedPersonBirthDate",
            c.personBirthDate() == null ? date(c.expectedPersonBirthDate()) : null)
        .leaf("Sex", c.sex())
        .leaf("PersonDeathDate", date(year.asKnownAtEnd(c.personDeathDate())));
    xml.end().start("ChildCharacteristics").leaf("Ethnicity", c.ethnicity());
    if (!history.disabilities().isEmpty()) {
      xml.start("Disabilities");
      history.disabilities().forEach(d -> xml.leaf("Disability", d));
      xml.end();
    }
    xml.end();
    for (ChildHistory.Referral r : history.referrals()) {
      if (year.overlaps(r.cinReferralDate(), r.cinClosureDate())) {
        CinDetails.write(xml, history, r, year);
      }
    }
    xml.end();
  }

  static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : Formats.isoDate(date);
  }

  static String yesNo(boolean value) {
    return flag(value);
  }
}
