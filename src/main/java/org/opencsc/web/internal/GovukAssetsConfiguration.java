package org.opencsc.web.internal;

import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the govuk-frontend WebJar's fonts and images at {@code /assets/...}, where the GOV.UK CSS
 * expects them. The CSS and JavaScript themselves come from {@code /webjars/govuk-frontend/...}.
 */
@Configuration(proxyBeanMethods = false)
class GovukAssetsConfiguration implements WebMvcConfigurer {

  private static final String WEBJAR = "govuk-frontend";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String version =
        Objects.requireNonNull(
            new WebJarVersionLocator().version(WEBJAR), "the govuk-frontend WebJar is missing");
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/"
                + WEBJAR
                + "/"
                + version
                + "/dist/govuk/assets/");
  }
}
