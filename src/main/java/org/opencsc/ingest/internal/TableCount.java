package org.opencsc.ingest.internal;

/** Rows a run loaded into one domain table ({@code ingest_table_count}). */
public record TableCount(String tableName, long rowsLoaded) {}
