package org.opencsc.reports.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a value has moved since an earlier figure, as a report writes it (the words from the
 * messages).
 *
 * @param by the difference with its sign, in the unit's precision ({@code +1.5}, {@code -3})
 * @param since the date of the earlier figure (a board pack's last month end); null when the report
 *     says what it is compared with (a scrutiny report: the same period a year before)
 */
public record Change(String by, @Nullable LocalDate since) {}
