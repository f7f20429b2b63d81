package gov.appeals.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public static class Applicant {
        public String fullName;
        public String phone;
    }

    public static class Request {
        public String summary;
        public Integer signatories;
        public boolean anonymous;
        public Applicant applicant;
        public List<String> tags;
    }

    public record Batch(List<Request> appeals) {
    }

    private static FieldError refused(String json, Class<?> type) {
        return refused(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static FieldError refused(byte[] json, Class<?> type) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> StrictJson.check(json, type, ""));
        return e.errors().get(0);
    }

    @Test
    void textInAnyScriptPassesAsSent() {
        String any = "Жер тилкеси боюнча арыз; Қазақша; Русский; 😀; \u200F\u05E9\u05DC\u05D5\u05DD\u200E; e\u0301; "
                + "<script>alert(1)</script>'; drop table appeal; --\n\ttab";
        assertDoesNotThrow(() -> StrictJson.check(("{\"summary\": \"" + any.replace("\n", "\\n").replace("\t", "\\t")
                + "\", \"signatories\": 12, \"anonymous\": false, \"applicant\": {\"fullName\": \"Асанова\"},"
                + " \"tags\": [\"a\", null]}").getBytes(StandardCharsets.UTF_8), Request.class, ""));
        assertDoesNotThrow(() -> StrictJson.check("{\"signatories\": 2.0e1}".getBytes(StandardCharsets.UTF_8), Request.class, ""));
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        assertEquals("body", refused("{\"summary\": \"a\"} trailing", Request.class).field());
        assertEquals("body", refused("{\"summary\": \"a\"}{\"summary\": \"b\"}", Request.class).field());
        assertEquals("body", refused("{\"summary\": \"a\"", Request.class).field());
    }

    @Test
    void aKeyTwiceOrAnUnknownFieldIsRefusedByName() {
        assertEquals("applicant.phone", refused("{\"applicant\": {\"phone\": \"1\", \"phone\": \"2\"}}", Request.class).field());
        FieldError unknown = refused("{\"summary\": \"a\", \"applicant\": {\"fullNmae\": \"x\"}}", Request.class);
        assertEquals("applicant.fullNmae", unknown.field());
        assertEquals("is not a field of this request", unknown.message());
    }

    @Test
    void wrongTypesAreRefusedByName() {
        assertEquals("summary", refused("{\"summary\": [\"a\", \"b\"]}", Request.class).field());
        assertEquals("summary", refused("{\"summary\": 5}", Request.class).field());
        assertEquals("must be a whole number", refused("{\"signatories\": 2.5}", Request.class).message());
        assertEquals("signatories", refused("{\"signatories\": 1e400}", Request.class).field());
        assertEquals("signatories", refused("{\"signatories\": 99999999999}", Request.class).field());
        assertEquals("signatories", refused("{\"signatories\": \"3\"}", Request.class).field());
        assertEquals("anonymous", refused("{\"anonymous\": null}", Request.class).field());
        assertEquals("tags", refused("{\"tags\": \"a\"}", Request.class).field());
        assertEquals("appeals[1].summary", refused("{\"appeals\": [{\"summary\": \"a\"}, {\"summary\": {}}]}", Batch.class).field());
        assertEquals("body", refused("[1]", Request.class).field());
    }

    @Test
    void controlCharactersLoneSurrogatesAndDeepNestingAreRefused() {
        assertEquals("applicant.fullName", refused("{\"applicant\": {\"fullName\": \"a\\u0007b\"}}", Request.class).field());
        assertEquals("summary", refused("{\"summary\": \"\\ud800 alone\"}", Request.class).field());
        assertEquals("summary", refused("{\"summary\": \"\\udc00\\ud800\"}", Request.class).field());
        String deep = "[".repeat(40) + "]".repeat(40);
        assertEquals("is nested deeper than 32 levels", refused("{\"anything\": " + deep + "}", Object.class).message());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirField() {
        byte[] json = "{\"summary\": \"ok\", \"applicant\": {\"fullName\": \"Ас?нова\"}}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '?') {
                json[i] = (byte) 0xC3; // a lead byte followed by a letter, not a continuation
            }
        }
        FieldError error = refused(json, Request.class);
        assertEquals("applicant.fullName", error.field());
        byte[] bom = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        assertEquals("body", refused(bom, Request.class).field());
    }
}
