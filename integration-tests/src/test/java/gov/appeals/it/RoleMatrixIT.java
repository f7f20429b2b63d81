package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Walks docs/roles.md, the role-by-endpoint matrix the code's annotations make: every endpoint with
 * every demo account and without one. A marked role gets through the door (whatever the request
 * then earns: 400, 404...), an unmarked one gets 403, no account 401; *anyone* needs none. Path
 * parameters name nothing that exists, and bodies are empty objects, so that nothing is changed.
 */
@RunAsClient
class RoleMatrixIT extends ApplicationIT {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) ([^`]+)` \\|(.*)\\|$");

    record Row(String method, String path, List<String> marks) {
    }

    private static List<String> header;

    /** The endpoints the matrix opens to {@code role} (a column's name: OFFICER...). */
    static List<Row> allowing(String role) throws Exception {
        List<Row> rows = matrix();
        int column = header.indexOf(role);
        return rows.stream().filter(row -> row.marks().get(column).equals("✓")).toList();
    }

    private static List<Row> matrix() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(System.getProperty("it.roles")))) {
            if (line.startsWith("| endpoint |")) {
                header = List.of(line.substring("| endpoint |".length(), line.length() - 1).split("\\|")).stream()
                        .map(String::strip).toList();
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2), List.of(m.group(3).split("\\|", -1)).stream().map(String::strip).toList()));
            }
        }
        return rows;
    }

    /** A value for each path parameter that names nothing there is. */
    private static String concrete(String path) {
        return path.replace("{registrationNumber}", "2099-999999")
                .replace("{receiptId}", "00000000-0000-0000-0000-000000000000")
                .replace("{jurisdiction}", "XX")
                .replace("{year}", "2099")
                .replaceAll("\\{[A-Za-z]+}", "999999999");
    }

    @Test
    void everyRoleGetsThroughExactlyTheDoorsMarkedForIt() throws Exception {
        Api api = api();
        List<Row> rows = matrix();
        assertTrue(rows.size() > 50, "the matrix lists the API: " + rows.size());
        assertEquals(9, header.size());
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            boolean anyone = row.marks().get(0).equals("anyone");
            String path = concrete(row.path()).substring(1);
            int anonymous = api.statusOf(null, row.method(), path);
            if (anonymous >= 500) {
                wrong.add(row.method() + " " + row.path() + " without an account: " + anonymous + ", a server error");
            }
            if (anyone ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                wrong.add(row.method() + " " + row.path() + " without an account: " + anonymous);
            }
            for (int i = 0; i < header.size(); i++) {
                String account = header.get(i).toLowerCase(java.util.Locale.ROOT);
                boolean allowed = anyone || row.marks().get(i).equals("✓");
                int status = api.statusOf(account, row.method(), path);
                if (status >= 500) {
                    wrong.add(row.method() + " " + row.path() + " as " + account + ": " + status + ", a server error");
                }
                boolean through = status != 401 && status != 403;
                if (allowed != through) {
                    wrong.add(row.method() + " " + row.path() + " as " + account + ": " + status
                            + (allowed ? " (the matrix allows it)" : " (the matrix does not allow it)"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
