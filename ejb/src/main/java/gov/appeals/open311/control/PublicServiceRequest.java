package gov.appeals.open311.control;

import java.time.OffsetDateTime;

/**
 * An appeal as GeoReport's GET requests show it to anyone: its number, subject, status, body and
 * dates, and the place the app sent. No personal data and no free text of the appeal; the
 * description is the subject's name unless an official published the text.
 */
public record PublicServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
        String serviceCode, String description, String agencyResponsible, String serviceNotice,
        OffsetDateTime requestedDatetime, OffsetDateTime updatedDatetime, OffsetDateTime expectedDatetime, String address,
        String addressId, Double lat, Double lon, String mediaUrl) {
}
