package org.opencsc.web.internal;

import java.util.Objects;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * The only static files OpenCSC serves: the govuk-frontend WebJar's fonts and images at {@code
 * /assets/...}, where the GOV.UK CSS expects them; the WebJars at {@code /webjars/...} (without
 * their version in the address); and OpenCSC's own scripts at {@code /js/...}. Spring Boot's own
 * catch-all mapping of static files to every path is switched off ({@code
 * spring.web.resources.add-mappings: false}): with it, every link a page wrote ({@code @{...}}) was
 * looked up as a possible file on the class path, about half the time of a large page.
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
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
  }
}
