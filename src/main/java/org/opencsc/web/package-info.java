/**
 * The web shell every page shares: the GOV.UK layout and component fragments, the GOV.UK assets,
 * the error pages and the page-model records they take ({@link org.opencsc.web.Breadcrumb}, {@link
 * org.opencsc.web.ErrorItem}), and {@link org.opencsc.web.PagePanel}, through which one feature
 * adds a panel to another's page. No feature logic; depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.opencsc.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
