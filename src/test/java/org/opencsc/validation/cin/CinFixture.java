package org.opencsc.validation.cin;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencsc.validation.Codes;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ReturnYear;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleDefinition;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.RuleTesting;

/**
 * A CIN census child written out by hand for a rule's test, as XML. Elements are numbered by line,
 * as in a file: put each element on its own line to tell them apart in assertions.
 *
 * <pre>{@code
 * CinFixture f = CinFixture.of("2025-26");
 * CinChild child = f.child("""
 *     <Child>
 *       <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
 *       <CINdetails>
 *         <CINreferralDate>2025-05-01</CINreferralDate>
 *       </CINdetails>
 *     </Child>""");
 * assertThat(f.check(new Rule1103(), child)).isEmpty();
 * }</pre>
 */
public final class CinFixture {

  private final CinReturn census;

  private CinFixture(CinReturn census) {
    this.census = census;
  }

  /** A census of that collection year, reference date 31 March, every code valid. */
  public static CinFixture of(String year) {
    return of(year, Codes.ANY);
  }

  public static CinFixture of(String year, Codes codes) {
    ReturnYear y = ReturnYear.of(year);
    return new CinFixture(new CinReturn(y, XmlNode.ABSENT, y.end(), codes));
  }

  /** The same census with another header and reference date. */
  public CinFixture header(String headerXml, LocalDate referenceDate) {
    return new CinFixture(
        new CinReturn(census.year(), parse(headerXml), referenceDate, census.codes()));
  }

  public CinReturn census() {
    return census;
  }

  /** A {@code <Child>} element of this census. */
  public CinChild child(String childXml) {
    return new CinChild(parse(childXml), census);
  }

  /** What the rule finds on the child. */
  public List<RuleFinding> check(Rule<CinChild> rule, CinChild child) {
    return RuleTesting.check(CinValidation.years(), census.year(), rule, child, child.id());
  }

  /**
   * What a rule about the census as a whole ({@link CensusWide}) finds on these children of this
   * census: each is checked, then the rule judges the census's totals.
   */
  public List<RuleFinding> checkCensus(Rule<CinChild> rule, CinChild... children) {
    List<RuleFinding> found = new ArrayList<>();
    for (CinChild child : children) {
      found.addAll(check(rule, child));
    }
    RuleDefinition definition =
        CinValidation.years().rulesFor(census.year()).definitions().stream()
            .filter(d -> d.code().equals(rule.getClass().getAnnotation(DfeRule.class).code()))
            .findFirst()
            .orElseThrow();
    RuleOutput out = new RuleOutput();
    out.child("");
    out.rule(definition);
    ((CensusWide) rule).finish(census, out);
    found.addAll(out.drain());
    return found;
  }

  static XmlNode parse(String xml) {
    try {
      XMLStreamReader reader =
          XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
      while (reader.next() != XMLStreamConstants.START_ELEMENT) {
        // to the root element
      }
      return XmlNode.read(reader);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
    }
  }
}
