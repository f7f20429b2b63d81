package gov.appeals.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code page} and {@code size} are whole numbers on every list, checked before the request is
 * matched: JAX-RS answers 404 for a query parameter it cannot convert (a page of twenty digits), as
 * if the list did not exist; here it is a 400 naming the field. Their ranges are the list's own
 * check ({@link Paging}).
 */
@Provider
@PreMatching
@Priority(2)
public class PagingParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of("page", "size")) {
            for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
                if (!value.strip().matches("-?\\d{1,10}") || Long.parseLong(value.strip()) != (int) Long.parseLong(value.strip())) {
                    errors.add(new FieldError(name, "must be a whole number" + (name.equals("page") ? ", from 0" : ", from 1 to 200")));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
