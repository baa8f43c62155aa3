/**
 * The load history pages: every run of the nightly ingest with its files, counts and findings
 * ({@code /loads}), the findings as CSV and Excel downloads, and the administrator's "Refresh now".
 */
@NullMarked
package org.opencsc.ingest.web;

import org.jspecify.annotations.NullMarked;
