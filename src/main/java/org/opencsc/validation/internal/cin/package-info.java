/** The DfE's CIN census rules, one class per rule, and the years they apply in. */
@NullMarked
package org.opencsc.validation.internal.cin;

import org.jspecify.annotations.NullMarked;
