/** The DfE's SSDA903 rules, one class per rule, and the years they apply in. */
@NullMarked
package org.opencsc.validation.internal.ssda903;

import org.jspecify.annotations.NullMarked;
