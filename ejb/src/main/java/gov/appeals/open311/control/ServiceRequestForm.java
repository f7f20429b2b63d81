package gov.appeals.open311.control;

import java.util.List;
import java.util.Map;

/**
 * A POST of a service request as an Open311 client sends it, each argument as given (trimmed, null
 * when absent or empty: GeoReport treats an empty argument as one not sent). {@code attributes}
 * holds {@code attribute[code]} and {@code attribute[code][]} answers by code.
 */
public record ServiceRequestForm(String serviceCode, String lat, String lon, String addressString, String addressId,
        String email, String deviceId, String accountId, String firstName, String lastName, String phone,
        String description, String mediaUrl, Map<String, List<String>> attributes) {
}
