/**
 * The DfE's validation rules for the SSDA903 return and the CIN census, as the DfE publishes them
 * each collection year: every rule with its code, message, severity and the fields it reads,
 * applied to one child's records at a time. Pure domain: no files, no database. The ingest reads
 * the returns into {@link org.opencsc.validation.ssda903.Ssda903Return} and {@link
 * org.opencsc.validation.cin.CinReturn} and acts on the findings (an error keeps the record out, a
 * query is loaded and flagged). Which rules apply in which year is said in one place per return
 * ({@code internal/ssda903/Ssda903Years}, {@code internal/cin/CinYears}); docs/validation-rules.md
 * is generated from them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.opencsc.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
