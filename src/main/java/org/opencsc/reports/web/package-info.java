/** The board packs' page and downloads. */
@NullMarked
package org.opencsc.reports.web;

import org.jspecify.annotations.NullMarked;
