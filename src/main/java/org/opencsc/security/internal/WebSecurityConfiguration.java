package org.opencsc.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Every page needs a signed-in user, except the sign-in page itself, the static assets and the
 * health check. Form sign-in at {@code /login}, and single sign-on through any configured OpenID
 * Connect provider ({@link OidcLogins} maps it to an OpenCSC login) (HTTP Basic too, for the JSON
 * API's callers, which get 401 rather than a redirect), sign-out by POST, CSRF on, and a
 * Content-Security-Policy that allows only this site's own scripts, styles, fonts and images (no
 * inline script or style anywhere). Which roles may use a page is said on its controller with
 * {@code @PreAuthorize} (method security is on); a refusal renders the GOV.UK 403 page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> singleSignOn,
      OidcLogins oidcLogins)
      throws Exception {
    // single sign-on when an OpenID Connect provider is configured (docs/security.md)
    if (singleSignOn.getIfAvailable() != null) {
      http.oauth2Login(
          sso ->
              sso.loginPage("/login")
                  .failureUrl("/login?error=sso")
                  .successHandler(new LandingPages())
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcLogins)));
    }
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/assets/**",
                        "/webjars/**",
                        "/js/**",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(login -> login.loginPage("/login").successHandler(new LandingPages()))
        // the JSON API also takes HTTP Basic (Power BI, Excel) and answers 401, not a redirect
        .httpBasic(Customizer.withDefaults())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                    // everything else, whatever the request accepts: the sign-in page
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // sent on HTTPS only (behind a TLS proxy: X-Forwarded-Proto, see
                    // server.forward-headers-strategy)
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  /**
   * BCrypt, stored with the {@code {bcrypt}} prefix so that a later algorithm can sit beside it.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Publishes sign-in successes and failures, which {@link LoginAttempts} counts. */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
    return new DefaultAuthenticationEventPublisher(publisher);
  }
}
