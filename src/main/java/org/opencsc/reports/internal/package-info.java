/** How the Annex A workbook is written: the lists, their columns, the template's spellings. */
@NullMarked
package org.opencsc.reports.internal;

import org.jspecify.annotations.NullMarked;
