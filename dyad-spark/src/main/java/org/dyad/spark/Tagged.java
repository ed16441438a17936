package org.dyad.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;

/** One row of one output table: the analysing stage yields these for all tables at once. */
public record Tagged(String table, Row row) implements Serializable {
}
