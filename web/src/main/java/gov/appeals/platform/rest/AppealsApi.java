package gov.appeals.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Resources and providers are discovered by scanning the WAR. */
@ApplicationPath("/api/v1")
public class AppealsApi extends Application {
}
