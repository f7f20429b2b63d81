package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.Reader;
import gov.appeals.platform.rest.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;

/** Who reads personal data in a request, as the access log records them: the account and its address. */
public final class Readers {

    private Readers() {
    }

    public static Reader of(SecurityContext security, HttpServletRequest request) {
        return new Reader(Caller.name(security), request.getRemoteAddr());
    }
}
