package gov.appeals.submission.entity;

/**
 * What an Open311 client sends besides the appeal itself: the key it filed with, where the matter
 * is (a point, an address as the citizen wrote it, or the jurisdiction's own address id) and a
 * link to a photo. Field names follow GeoReport v2 in meaning, not in spelling.
 */
public record Open311Report(long apiKey, Double latitude, Double longitude, String addressString, String addressId,
        String mediaUrl) {
}
