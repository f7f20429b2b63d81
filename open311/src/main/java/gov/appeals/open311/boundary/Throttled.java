package gov.appeals.open311.boundary;

/** A key past its request rate: answered 429 with Retry-After, in GeoReport's error format. */
class Throttled extends RuntimeException {

    final long retryAfterSeconds;

    Throttled(int perMinute, long retryAfterSeconds) {
        super("This api_key may make " + perMinute + " requests a minute; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
