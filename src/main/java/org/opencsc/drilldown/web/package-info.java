/** The child page and its downloads. */
@NullMarked
package org.opencsc.drilldown.web;

import org.jspecify.annotations.NullMarked;
