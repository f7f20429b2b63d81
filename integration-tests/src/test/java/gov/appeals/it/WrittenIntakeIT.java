package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.it.Api.Part;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The registry's door: letters, with or without their scanned pages, go through the same receipt,
 * queue and registration as every other appeal; the files are checked by their content, kept
 * with the receipt, and given back only to those who may read the appeal.
 */
@RunAsClient
class WrittenIntakeIT extends ApplicationIT {

    private static final String LETTER = """
            {"kind": "COMPLAINT", "summary": "Управление не отвечает на письма о перерасчёте пенсии",
             "language": "ru", "receivedVia": "POST", "letterNumber": "12/345", "letterDate": "2026-11-20",
             "applicant": {"fullName": "Сыдыкова Айнура", "address": "Бишкек, ул. Киевская, 1"}}""";

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private static String registered(Api api, Api.Reply accepted) {
        String receiptId = accepted.expect(202).json().getString("receiptId");
        JsonObject receipt = api.awaitProcessed("clerk", receiptId);
        assertEquals("REGISTERED", receipt.getString("status"), receipt::toString);
        return receipt.getString("registrationNumber");
    }

    @Test
    void aLetterIsRegisteredWithHowItCameAndTheSendersNumberAndDate() {
        Api api = api();
        String n = registered(api, api.post("clerk", "intake/written", LETTER));
        JsonObject appeal = api.appeal("dispatcher", n);
        assertEquals("WRITTEN", appeal.getString("channel"));
        JsonObject letter = appeal.getJsonObject("letter");
        assertEquals("POST", letter.getString("receivedVia"));
        assertEquals("12/345", letter.getString("letterNumber"));
        assertEquals("2026-11-20", letter.getString("letterDate"));
        assertEquals("Received by WRITTEN, by POST, letter 12/345 of 2026-11-20",
                appeal.getJsonArray("history").getJsonObject(0).getString("detail"));
        assertEquals(0, api.get("dispatcher", "appeals/" + n + "/attachments").expect(200).array().size());
    }

    @Test
    void aLetterWithItsScannedPagesKeepsEachFileAsItCame() throws Exception {
        Api api = api();
        String n = registered(api, api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "страница 1.pdf", "application/pdf", PDF),
                Part.file("attachment", "photo.png", "application/octet-stream", PNG))));
        JsonObject appeal = api.appeal("dispatcher", n);
        assertTrue(appeal.getJsonArray("history").getJsonObject(0).getString("detail").endsWith(", 2 files"),
                appeal.toString());

        JsonArray files = api.get("dispatcher", "appeals/" + n + "/attachments").expect(200).array();
        assertEquals(2, files.size());
        JsonObject page = files.getJsonObject(0);
        assertEquals("страница 1.pdf", page.getString("fileName"));
        assertEquals("application/pdf", page.getString("mediaType"));
        assertEquals(PDF.length, page.getJsonNumber("size").longValue());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), page.getString("sha256"));
        assertEquals("image/png", files.getJsonObject(1).getString("mediaType"), "by its content, not the declared type");

        HttpResponse<byte[]> download = api.download("dispatcher", "appeals/" + n + "/attachments/" + page.getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"), disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(PNG, api.download("dispatcher", "appeals/" + n + "/attachments/"
                + files.getJsonObject(1).getJsonNumber("id")).body());
    }

    /** A clerk checks a letter and its files before filing: the same rules, the files read by content, nothing kept. */
    @Test
    void aLetterAndItsFilesAreCheckedWithoutFilingAnything() {
        Api api = api();
        String key = "letter-" + UUID.randomUUID();
        Api.Reply refused = api.postMultipart("clerk", "intake/written/checks", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF),
                Part.file("attachment", "scan2.pdf", "application/pdf", EXE)), "Idempotency-Key", key);
        assertEquals(400, refused.status(), refused::body);
        assertEquals("attachment[1]", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, api.postMultipart("clerk", "intake/written/checks", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF)), "Idempotency-Key", key)
                .expect(200).json().getInt("appeals"));
        assertEquals(1, api.post("clerk", "intake/written/checks", LETTER).expect(200).json().getInt("appeals"));
        assertEquals(403, api.post("operator", "intake/written/checks", LETTER).status(), "the door's own role");
        // A check keeps nothing under the key: filing another letter with it is accepted, not a 409.
        api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER.replace("не отвечает", "снова не отвечает")),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF)), "Idempotency-Key", key).expect(202);
    }

    @Test
    void aRenamedExecutableIsRefusedNamingItsPartAndNothingIsKept() {
        Api api = api();
        String key = "letter-" + UUID.randomUUID();
        Api.Reply refused = api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF),
                Part.file("attachment", "scan2.pdf", "application/pdf", EXE)), "Idempotency-Key", key);
        assertEquals(400, refused.status(), refused::body);
        assertEquals("attachment[1]", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        // Had anything been kept under the key, the same key with another request would be a 409.
        api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF)), "Idempotency-Key", key).expect(202);
    }

    @Test
    void aFileOverTenMebibytesIsRefusedWith413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply refused = api().postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "big.pdf", "application/pdf", big)));
        assertEquals(413, refused.status(), refused::body);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("attachment[0]", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aLetterWithoutItsAppealOrWithAStrangePartIsRefused() {
        Api api = api();
        Api.Reply noAppeal = api.postMultipart("clerk", "intake/written",
                List.of(Part.file("attachment", "scan.pdf", "application/pdf", PDF)));
        assertEquals(400, noAppeal.status(), noAppeal::body);
        assertEquals("appeal", noAppeal.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply strange = api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("scan", "scan.pdf", "application/pdf", PDF)));
        assertEquals(400, strange.status(), strange::body);
        assertEquals("scan", strange.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply badLetter = api.post("clerk", "intake/written", LETTER.replace("\"POST\"", "\"PIGEON\"")
                .replace("2026-11-20", "20.11.2026"));
        assertEquals(400, badLetter.status(), badLetter::body);
        assertEquals(2, badLetter.json().getJsonArray("errors").size(), badLetter::body);
        assertEquals(403, api.post("operator", "intake/written", LETTER).status(), "the registry's door");
    }

    @Test
    void onlyThoseWhoMayReadTheAppealGetItsFiles() {
        Api api = api();
        String n = registered(api, api.postMultipart("clerk", "intake/written", List.of(Part.json("appeal", LETTER),
                Part.file("attachment", "scan.pdf", "application/pdf", PDF))));
        long id = api.get("supervisor", "appeals/" + n + "/attachments").expect(200).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        // Routing may give it to the demo officer (the least loaded of the ministry): it goes to a colleague.
        api.assign(n, "mlsd.bekova");
        assertEquals(404, api.get("officer", "appeals/" + n + "/attachments").status(), "not assigned to them");
        assertEquals(404, api.download("officer", "appeals/" + n + "/attachments/" + id).statusCode());
        assertEquals(403, api.get("analyst", "appeals/" + n + "/attachments").status());
        assertEquals(403, api.download("clerk", "appeals/" + n + "/attachments/" + id).statusCode());
        assertEquals(404, api.download("dispatcher", "appeals/" + n + "/attachments/" + (id + 1000)).statusCode());
    }
}
