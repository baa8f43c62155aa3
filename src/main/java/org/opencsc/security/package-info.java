/**
 * Who may use OpenCSC: logins ({@code app_user}), their {@link org.opencsc.security.Roles}, form
 * sign-in with lockout after repeated wrong passwords, and the HTTP security of every page (login
 * required, CSRF, Content-Security-Policy). {@link org.opencsc.security.UserAccounts} creates
 * logins. Depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"database", "web"})
package org.opencsc.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
