package gov.appeals.intake.boundary;

import java.util.List;

/** The appeals of one broadcast, forwarded by its producers in one batch. */
public class RadioBatchRequest {

    public static final int MAX_APPEALS = 1000;

    public Broadcast broadcast;

    public List<RadioAppealRequest> appeals;

    public static class Broadcast {
        public String programme;

        /** YYYY-MM-DD. */
        public String airDate;

        public String episode;
    }
}
