/** The indicator set's JSON API under {@code /api/indicators} (OpenAPI at {@code /v3/api-docs}). */
@NullMarked
package org.opencsc.indicators.web;

import org.jspecify.annotations.NullMarked;
