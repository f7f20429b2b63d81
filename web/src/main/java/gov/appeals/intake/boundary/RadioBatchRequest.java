package gov.appeals.intake.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The appeals of one broadcast, forwarded by its producers in one batch. */
public class RadioBatchRequest {

    public static final int MAX_APPEALS = 1000;

    @NotNull
    @Valid
    public Broadcast broadcast;

    @NotNull
    @Size(min = 1, max = MAX_APPEALS)
    public List<@NotNull @Valid RadioAppealRequest> appeals;

    public static class Broadcast {
        @NotBlank
        @Size(max = 200)
        public String programme;

        /** YYYY-MM-DD; checked by {@link IntakeRequestValidator}. */
        @NotBlank
        public String airDate;

        @Size(max = 100)
        public String episode;
    }
}
