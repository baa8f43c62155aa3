package org.opencsc.demo;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo set-up ({@code opencsc.demo.*}).
 *
 * @param enabled fill an empty database with a synthetic council and create the demo logins
 * @param size the council's size: small, large, benchmark or national
 * @param seed the generator's seed
 * @param password the password of every demo login
 */
@ConfigurationProperties("opencsc.demo")
public record DemoProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("small") String size,
    @DefaultValue("1") long seed,
    @DefaultValue("opencsc-demo") String password) {

  public DemoProperties {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(password, "password");
  }
}
