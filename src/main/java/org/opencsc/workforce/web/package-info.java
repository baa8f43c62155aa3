/** The workforce page ({@code /workforce}) and its CSV and Excel downloads. */
@NullMarked
package org.opencsc.workforce.web;

import org.jspecify.annotations.NullMarked;
