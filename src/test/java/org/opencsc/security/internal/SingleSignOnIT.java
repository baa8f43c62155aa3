package org.opencsc.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccounts;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on end to end against a stand-in OpenID Connect provider on loopback (its token and
 * key endpoints; the browser's visit to its authorization page is played by the test): only a
 * person with an OpenCSC login of the same username gets in, with that login's role and scope.
 */
@OpenCscIT
@AutoConfigureMockMvc
class SingleSignOnIT {

  static final RSAKey KEY = key();
  static final HttpServer PROVIDER = provider();

  /** The username the stand-in provider puts in the next ID token. */
  static final AtomicReference<String> NEXT_USER = new AtomicReference<>();

  /** The nonce the application sent with its authorization request. */
  static final AtomicReference<String> NONCE = new AtomicReference<>();

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    String base = "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
    String p = "spring.security.oauth2.client.";
    registry.add(p + "registration.entra.client-name", () -> "Council account");
    registry.add(p + "registration.entra.client-id", () -> "opencsc-test");
    registry.add(p + "registration.entra.client-secret", () -> "secret");
    registry.add(p + "registration.entra.scope", () -> "openid,profile");
    registry.add(p + "registration.entra.authorization-grant-type", () -> "authorization_code");
    registry.add(
        p + "registration.entra.redirect-uri",
        () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(p + "provider.entra.authorization-uri", () -> base + "/authorize");
    registry.add(p + "provider.entra.token-uri", () -> base + "/token");
    registry.add(p + "provider.entra.jwk-set-uri", () -> base + "/keys");
    registry.add(p + "provider.entra.user-name-attribute", () -> "sub");
  }

  @AfterAll
  static void stop() {
    PROVIDER.stop(0);
  }

  @Test
  void theSignInPageOffersTheProvider() throws Exception {
    String body = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(body).select("#single-sign-on a").text())
        .isEqualTo("Sign in with Council account");
    assertThat(Jsoup.parse(body).select("#single-sign-on a").attr("href"))
        .isEqualTo("/oauth2/authorization/entra");
  }

  @Test
  void aPersonWithAnOpenCscLoginSignsInWithItsRoleAndScope() throws Exception {
    accounts.createOrUpdate(
        "amira.shah@council.example",
        "unused-password",
        "Amira Shah",
        Roles.SOCIAL_WORKER,
        "W1",
        null,
        null);
    try {
      MockHttpSession session = signIn("Amira.Shah@council.example");

      SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
      assertThat(context).isNotNull();
      OpenCscUser user = (OpenCscUser) context.getAuthentication().getPrincipal();
      assertThat(user.getUsername()).isEqualTo("amira.shah@council.example");
      assertThat(user.getRole()).isEqualTo(Roles.SOCIAL_WORKER);
      assertThat(user.getWorkerId()).isEqualTo("W1");
      assertThat(user.getPassword()).isNullOrEmpty();
      mvc.perform(get("/structure").session(session)).andExpect(status().isOk());
    } finally {
      jdbc.sql("delete from app_user where username = 'amira.shah@council.example'").update();
    }
  }

  @Test
  void aPersonWithoutAnOpenCscLoginIsTurnedAway() throws Exception {
    MockHttpSession session = new MockHttpSession();
    MvcResult callback = callback("nobody@council.example", session);

    assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso");
    assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    String page =
        mvc.perform(get("/login").param("error", "sso"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
        .contains("could not sign you in");
  }

  private MockHttpSession signIn(String username) throws Exception {
    MockHttpSession session = new MockHttpSession();
    MvcResult callback = callback(username, session);
    // a social worker lands on their own work
    assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/my-work");
    // signing in gives the session a new id (session fixation): carry on with the request's own
    return (MockHttpSession) callback.getRequest().getSession(false);
  }

  /** Starts the sign-in, plays the provider's redirect back, and returns the callback's answer. */
  private MvcResult callback(String username, MockHttpSession session) throws Exception {
    String authorize =
        mvc.perform(get("/oauth2/authorization/entra").session(session))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Map<String, String> query =
        UriComponentsBuilder.fromUri(URI.create(authorize))
            .build()
            .getQueryParams()
            .toSingleValueMap();
    assertThat(authorize)
        .startsWith("http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/authorize");
    assertThat(query).containsEntry("client_id", "opencsc-test").containsKey("state");
    NONCE.set(query.get("nonce"));
    NEXT_USER.set(username);
    return mvc.perform(
            get("/login/oauth2/code/entra")
                .param("code", "one-time-code")
                .param(
                    "state", java.net.URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8))
                .session(session))
        .andExpect(status().is3xxRedirection())
        .andReturn();
  }

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("test-key").generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer provider() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/keys", exchange -> send(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
      server.createContext("/token", SingleSignOnIT::token);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void token(HttpExchange exchange) throws IOException {
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> fields =
        java.util.Arrays.stream(form.split("&"))
            .map(pair -> pair.split("=", 2))
            .collect(
                Collectors.toMap(
                    kv -> kv[0],
                    kv ->
                        java.net.URLDecoder.decode(
                            kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8)));
    if (!"one-time-code".equals(fields.get("code"))) {
      exchange.sendResponseHeaders(400, -1);
      return;
    }
    String issuer = "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
    try {
      SignedJWT idToken =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
              new JWTClaimsSet.Builder()
                  .issuer(issuer)
                  .subject("subject-" + NEXT_USER.get().hashCode())
                  .audience("opencsc-test")
                  .issueTime(Date.from(Instant.now()))
                  .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                  .claim("nonce", NONCE.get())
                  .claim("preferred_username", NEXT_USER.get())
                  .build());
      idToken.sign(new RSASSASigner(KEY));
      send(
          exchange,
          "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,"
              + "\"scope\":\"openid profile\",\"id_token\":\""
              + idToken.serialize()
              + "\"}");
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private static void send(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
