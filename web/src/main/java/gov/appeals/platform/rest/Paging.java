package gov.appeals.platform.rest;

import gov.appeals.platform.Page;
import java.util.ArrayList;
import java.util.List;

/** Checks the page and size query parameters every list shares. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size, List<FieldError> errors) {
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            errors.add(new FieldError("size", "must be from 1 to " + Page.MAX_SIZE));
        }
    }

    public static void check(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        check(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
