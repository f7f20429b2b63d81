package gov.appeals.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.appeals.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The role-by-endpoint matrix, read from the resources' own annotations: docs/roles.md is this
 * matrix, and RoleMatrixIT walks it against a running server. When an endpoint or its roles change,
 * this test fails and writes the new matrix to target/roles.md, to be copied over docs/roles.md.
 */
class RoleMatrixTest {

    /** The roles in the matrix's column order: the intake desks, then the office, then the rest. */
    static final List<String> ROLES = List.of(Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER,
            Roles.OFFICER, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN);

    /** {@code declared}: the method or its class says who may call it (@RolesAllowed or @PermitAll). */
    record Endpoint(String method, String path, Set<String> roles, boolean anyone, boolean declared) {
    }

    static List<Endpoint> endpoints() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RoleMatrixTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null || type.isInterface()) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = "/" + strip(root.value()) + (sub == null ? "" : "/" + strip(sub.value()));
                    path = path.replaceAll("\\{([A-Za-z]+)\\s*:[^}]*}", "{$1}");
                    boolean anyone = m.isAnnotationPresent(PermitAll.class)
                            || !m.isAnnotationPresent(RolesAllowed.class) && type.isAnnotationPresent(PermitAll.class);
                    RolesAllowed allowed = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                            : type.getAnnotation(RolesAllowed.class);
                    Set<String> roles = anyone || allowed == null ? Set.copyOf(ROLES) : Set.of(allowed.value());
                    endpoints.add(new Endpoint(verb, path, roles, anyone || isPublic(path), anyone || allowed != null));
                }
            }
        }
        endpoints.sort((a, b) -> a.path().equals(b.path()) ? a.method().compareTo(b.method()) : a.path().compareTo(b.path()));
        return endpoints;
    }

    /** Paths web.xml opens to callers without an account. */
    static boolean isPublic(String path) {
        return path.startsWith("/public/") || path.startsWith("/health");
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String markdown(List<Endpoint> endpoints) {
        StringBuilder md = new StringBuilder("""
                # Who may call what

                Generated from the resources' `@RolesAllowed` by `RoleMatrixTest` (web); `RoleMatrixIT` calls
                every endpoint below with every demo account and without one, and expects exactly the
                marked ones through (others: `403`, or `401` without an account). *anyone*: no login
                needed. Within a role, some endpoints narrow further by the appeal (an OFFICER reads only
                the appeals in their scope; intake accounts only their own receipts): each
                operation's description in the OpenAPI document says where.

                """);
        md.append("| endpoint | ").append(String.join(" | ", ROLES)).append(" |\n");
        md.append("|---|").append(ROLES.stream().map(r -> ":-:").collect(Collectors.joining("|"))).append("|\n");
        for (Endpoint e : endpoints) {
            md.append("| `").append(e.method()).append(' ').append(e.path()).append("` | ");
            if (e.anyone()) {
                md.append(ROLES.stream().map(r -> "anyone").collect(Collectors.joining(" | ")));
            } else {
                md.append(ROLES.stream().map(r -> e.roles().contains(r) ? "✓" : "").collect(Collectors.joining(" | ")));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    @Test
    void docsRolesMdIsTheMatrixOfTheCode() throws Exception {
        String generated = markdown(endpoints());
        java.nio.file.Path docs = Paths.get("../docs/roles.md");
        String written = Files.exists(docs) ? Files.readString(docs) : "";
        if (!generated.equals(written)) {
            Files.writeString(Paths.get("target/roles.md"), generated);
        }
        assertEquals(generated, written, "docs/roles.md is not the code's matrix: copy web/target/roles.md over it");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() throws Exception {
        List<String> undeclared = endpoints().stream().filter(e -> !e.declared()).map(e -> e.method() + " " + e.path()).toList();
        assertEquals(List.of(), undeclared, "declare @RolesAllowed or @PermitAll on each of these");
    }
}
