/** The improvement plan's pages: inspections, actions, meetings, the plan's download. */
@NullMarked
package org.opencsc.improvement.web;

import org.jspecify.annotations.NullMarked;
