/**
 * The SSDA903 return as the DfE's rules read it: each child's rows across the return's tables
 * ({@link org.opencsc.validation.ssda903.LookedAfterChild}), built from the files by the ingest.
 */
@NullMarked
@NamedInterface("ssda903")
package org.opencsc.validation.ssda903;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
