package org.opencsc.web.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the OpenAPI description springdoc serves at {@code /v3/api-docs} (signed-in users
 * only, like everything else).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "OpenCSC API",
            version = "1",
            description =
                "The served snapshot's indicators, their breakdown by service area, team and"
                    + " worker, and the rows behind each figure. Sign in with HTTP Basic over"
                    + " TLS; dates are yyyy-mm-dd."))
class ApiDocumentation {}
