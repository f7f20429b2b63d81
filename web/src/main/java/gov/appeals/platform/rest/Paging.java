package gov.appeals.platform.rest;

import gov.appeals.platform.Page;
import java.util.ArrayList;
import java.util.List;

/** Checks the page and size query parameters every list shares. */
public final class Paging {

    /** The last page any list can have: past it, page × size would not be a row number. */
    static final int MAX_PAGE = Integer.MAX_VALUE / Page.MAX_SIZE - 1;

    private Paging() {
    }

    public static void check(int page, int size, List<FieldError> errors) {
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "must be from 0 to " + MAX_PAGE));
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
