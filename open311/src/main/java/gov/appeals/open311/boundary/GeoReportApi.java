package gov.appeals.open311.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Open311 GeoReport v2, at {@code /open311/v2} (the WAR's context root is {@code /open311}). Civic
 * apps and city integrations file appeals and follow them here with the clients they already
 * have; the specification is http://wiki.open311.org/GeoReport_v2.
 */
@ApplicationPath("/v2")
public class GeoReportApi extends Application {
}
