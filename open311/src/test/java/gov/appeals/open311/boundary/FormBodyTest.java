package gov.appeals.open311.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.appeals.platform.Refusal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static Map<String, List<String>> parse(String body, int max) {
        return FormBody.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void readsUtf8FormFieldsWithRepeatsAndEmptyValues() {
        Map<String, List<String>> form = parse("api_key=k&description=%D0%AF%D0%BC%D0%B0+%26+%D0%BB%D1%83%D0%B6%D0%B0"
                + "&attribute%5Bkind%5D=COMPLAINT&attribute[tags][]=a&attribute[tags][]=b&email=&flag", 1024);
        assertEquals(List.of("Яма & лужа"), form.get("description"));
        assertEquals(List.of("COMPLAINT"), form.get("attribute[kind]"));
        assertEquals(List.of("a", "b"), form.get("attribute[tags][]"));
        assertEquals(List.of(""), form.get("email"));
        assertEquals(List.of(""), form.get("flag"));
    }

    @Test
    void refusesWhatIsNotFormEncodingAndWhatIsTooLarge() {
        Refusal bad = assertThrows(Refusal.class, () -> parse("description=%zz", 1024));
        assertEquals(Refusal.Kind.INVALID_FIELD, bad.kind());
        assertEquals("body", bad.field());
        Refusal large = assertThrows(Refusal.class, () -> parse("description=" + "x".repeat(20_000), 16 * 1024));
        assertEquals(Refusal.Kind.TOO_LARGE, large.kind());
    }
}
