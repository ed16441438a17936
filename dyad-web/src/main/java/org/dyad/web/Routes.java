package org.dyad.web;

import io.javalin.config.RoutesConfig;

/**
 * A group of routes the server mounts: the JSON API now; server-rendered pages join as another
 * group beside it, so each stays a small class.
 */
@FunctionalInterface
public interface Routes {
    void addTo(RoutesConfig routes);
}
