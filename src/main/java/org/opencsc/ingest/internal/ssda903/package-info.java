/**
 * The SSDA903 (children looked after) CSV files: one file per table, recognised by its header row,
 * streamed and checked row by row ({@link org.opencsc.ingest.internal.ssda903.Ssda903Source}), then
 * checked across rows and moved into the snapshot in SQL ({@code transform.sql}).
 */
@NullMarked
package org.opencsc.ingest.internal.ssda903;

import org.jspecify.annotations.NullMarked;
