/**
 * Working days: Monday to Friday less the bank holidays of England and Wales (GOV.UK's list,
 * shipped as data with its source) and any closure days the council adds. {@link
 * org.opencsc.calendar.WorkingDays} answers in Java; the SQL functions {@code working_days_between}
 * and {@code add_working_days} answer the same in the database, from the table {@code bank_holiday}
 * this module fills after every migration. Depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"database"})
package org.opencsc.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
