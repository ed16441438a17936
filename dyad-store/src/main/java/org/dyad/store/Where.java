package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause of a filtered query and its parameters, built from optional filters: a filter
 * whose value is null adds nothing. Values are bound as parameters, never written into the SQL.
 */
final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE true");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code condition} (with one {@code ?} per use of the value) when {@code value} is not null. */
    Where and(String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            long marks = condition.chars().filter(c -> c == '?').count();
            params.addAll(Collections.nCopies((int) marks, value));
        }
        return this;
    }

    /** Keeps rows whose {@code day} (an SQL DATE expression) lies in [from, to]; either bound may be null. */
    Where between(String day, LocalDate from, LocalDate to) {
        and(day + " >= CAST(? AS DATE)", from == null ? null : from.toString());
        return and(day + " <= CAST(? AS DATE)", to == null ? null : to.toString());
    }

    String sql() {
        return sql.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    /** The parameters followed by a page's limit and offset. */
    List<Object> paged(int limit, int offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return all;
    }
}
