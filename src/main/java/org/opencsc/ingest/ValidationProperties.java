package org.opencsc.ingest;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reference data for the DfE's validation rules. Each rule that needs data not supplied does not
 * run, and each run says which (docs/validation.md).
 *
 * @param postcodes a CSV file in the ONS Postcode Directory's columns (the whole directory or the
 *     part a council needs), for the SSDA903 rules on distance and placement authority; none by
 *     default
 * @param providers a CSV file of Ofsted's provider lists (URN, placement types, provider codes,
 *     postcode, end of registration, authority), for the SSDA903 rules on the episode's URN; none
 *     by default
 */
@ConfigurationProperties("opencsc.validation")
public record ValidationProperties(@Nullable Path postcodes, @Nullable Path providers) {}
