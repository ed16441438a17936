-- Indexes beyond the primary keys, made after any migration (their columns may be new). A page of the
-- events list reads a span of days (org.dyad.store.DaySpan): an index finds those few rows without a
-- scan of the whole table.
CREATE INDEX IF NOT EXISTS events_day ON events(day);
