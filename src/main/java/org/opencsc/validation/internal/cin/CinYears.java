package org.opencsc.validation.internal.cin;

import org.opencsc.validation.ReturnType;
import org.opencsc.validation.RuleYears;
import org.opencsc.validation.cin.CinChild;

/**
 * The CIN census rules year by year, as the DfE publishes them: 2025-26 lists every rule in force
 * (the DfE's 109: 83 errors, 26 queries), each later year only what it adds, amends (a new class
 * with the same code) or deletes. A rule of the DfE's list with no class here is listed under
 * {@code notImplemented} with the reason, and docs/validation-rules.md says so.
 */
public final class CinYears {

  public static final RuleYears<CinChild> YEARS =
      RuleYears.<CinChild>of(ReturnType.CIN)
          .year(
              "2025-26",
              y -> {
                y.add(new Rule100());
                y.add(new Rule1103());
                y.add(new Rule1104());
                y.add(new Rule1105());
                y.add(new Rule1510());
                y.add(new Rule1520());
                y.add(new Rule1530());
                y.add(new Rule1540());
                y.add(new Rule1550());
                y.add(new Rule1560Q());
                y.add(new Rule1570());
                y.add(new Rule1580());
                y.add(new Rule2883());
                y.add(new Rule2884());
                y.add(new Rule2885());
                y.add(new Rule2886Q());
                y.add(new Rule2887Q());
                y.add(new Rule2888Q());
                y.add(new Rule2889());
                y.add(new Rule2990());
                y.add(new Rule2991Q());
                y.add(new Rule4000());
                y.add(new Rule4001());
                y.add(new Rule4003());
                y.add(new Rule4004());
                y.add(new Rule4008());
                y.add(new Rule4009Q());
                y.add(new Rule4010());
                y.add(new Rule4011());
                y.add(new Rule4012Q());
                y.add(new Rule4013());
                y.add(new Rule4014());
                y.add(new Rule4015());
                y.add(new Rule4016());
                y.add(new Rule4017());
                y.add(new Rule4180());
                y.add(new Rule4220());
                y.add(new Rule8500());
                y.add(new Rule8510());
                y.add(new Rule8520());
                y.add(new Rule8525Q());
                y.add(new Rule8530Q());
                y.add(new Rule8535Q());
                y.add(new Rule8540());
                y.add(new Rule8545Q());
                y.add(new Rule8555Q());
                y.add(new Rule8565());
                y.add(new Rule8568());
                y.add(new Rule8569Q());
                y.add(new Rule8585Q());
                y.add(new Rule8590());
                y.add(new Rule8600());
                y.add(new Rule8606());
                y.add(new Rule8608());
                y.add(new Rule8610());
                y.add(new Rule8614());
                y.add(new Rule8615());
                y.add(new Rule8620());
                y.add(new Rule8630());
                y.add(new Rule8640());
                y.add(new Rule8650());
                y.add(new Rule8670Q());
                y.add(new Rule8675Q());
                y.add(new Rule8696());
                y.add(new Rule8715());
                y.add(new Rule8720());
                y.add(new Rule8730());
                y.add(new Rule8736());
                y.add(new Rule8740());
                y.add(new Rule8750());
                y.add(new Rule8770Q());
                y.add(new Rule8772());
                y.add(new Rule8775Q());
                y.add(new Rule8790());
                y.add(new Rule8794());
                y.add(new Rule8805());
                y.add(new Rule8810());
                y.add(new Rule8815());
                y.add(new Rule8816());
                y.add(new Rule8820());
                y.add(new Rule8825Q());
                y.add(new Rule8831());
                y.add(new Rule8832());
                y.add(new Rule8839());
                y.add(new Rule8840());
                y.add(new Rule8841());
                y.add(new Rule8842Q());
                y.add(new Rule8863Q());
                y.add(new Rule8866());
                y.add(new Rule8867());
                y.add(new Rule8868());
                y.add(new Rule8869());
                y.add(new Rule8870Q());
                y.add(new Rule8873Q());
                y.add(new Rule8875());
                y.add(new Rule8890());
                y.add(new Rule8896());
                y.add(new Rule8897Q());
                y.add(new Rule8898());
                y.add(new Rule8905());
                y.add(new Rule8910());
                y.add(new Rule8915());
                y.add(new Rule8920());
                y.add(new Rule8925());
                y.add(new Rule8930());
                y.add(new Rule8935());
                y.add(new Rule8940());
                y.add(new Rule8945Q());
                y.add(new Rule8950Q());
              });

  private CinYears() {}
}
