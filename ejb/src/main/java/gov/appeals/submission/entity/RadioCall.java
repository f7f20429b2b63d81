package gov.appeals.submission.entity;

import java.time.LocalDate;

/** An appeal made on air, with the broadcast it was made in and the answer given on air, if any. */
public record RadioCall(String programme, LocalDate airDate, String episode, boolean answeredOnAir, String onAirAnswer) {
}
