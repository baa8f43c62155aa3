/**
 * The reports' pages: the board packs and scrutiny reports and their downloads; the Annex A page
 * and its download, for the roles that see every child but the board.
 */
@NullMarked
package org.opencsc.reports.web;

import org.jspecify.annotations.NullMarked;
