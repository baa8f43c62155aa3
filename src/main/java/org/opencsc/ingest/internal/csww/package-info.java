/**
 * The children's social work workforce census (CSWW), laid out as three CSV tables whose columns
 * are the DfE XSD's element names: workers (one row per worker per role), their absences on 30
 * September, and the LA-level vacancies. Loads {@code worker}, {@code worker_absence} and {@code
 * workforce_vacancy}, completing the workers the SSD extract names (matched by SWENo).
 */
@NullMarked
package org.opencsc.ingest.internal.csww;

import org.jspecify.annotations.NullMarked;
