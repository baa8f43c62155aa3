/** Reading the bank holiday file and copying it into the table {@code bank_holiday}. */
@NullMarked
package org.opencsc.calendar.internal;

import org.jspecify.annotations.NullMarked;
