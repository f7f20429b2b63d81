package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.client.ApiClient;
import gov.appeals.client.ApiException;
import gov.appeals.client.ApiResponse;
import gov.appeals.client.api.AppealsApi;
import gov.appeals.client.api.IntakeApi;
import gov.appeals.client.model.Answer;
import gov.appeals.client.model.AppealStatus;
import gov.appeals.client.model.AppealView;
import gov.appeals.client.model.Assignment;
import gov.appeals.client.model.Checked;
import gov.appeals.client.model.PhoneAppealRequest;
import gov.appeals.client.model.ReceiptStatus;
import gov.appeals.client.model.ReceiptView;
import gov.appeals.client.model.Routing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A stranger's client: the Java client the build generates from docs/openapi.json, and nothing of
 * this project's own, files a hotline appeal, follows its receipt, reads the appeal as a
 * dispatcher, routes and assigns it, and answers it as the officer, each action citing the
 * version it read.
 */
@RunAsClient
class GeneratedClientIT extends ApplicationIT {

    private static ApiClient as(String account) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Deployments.applicationUrl().toString().replaceAll("/$", ""));
        String credentials = Base64.getEncoder().encodeToString((account + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    @Test
    void aClientGeneratedFromTheDocumentFilesFollowsAndAnswersAnAppeal() throws Exception {
        IntakeApi hotline = new IntakeApi(as("operator"));
        PhoneAppealRequest call = new PhoneAppealRequest().kind(PhoneAppealRequest.KindEnum.APPLICATION).language("ky").category("OTHER")
                .callerNumber("+996 700 " + DeskIT.random6())
                .summary("Пенсия үч айдан бери келбей жатат, банк себебин айтпайт");

        Checked checked = hotline.checkHotlineAppeal(call);
        assertEquals(1, checked.getAppeals());

        String key = UUID.randomUUID().toString();
        ApiResponse<ReceiptView> accepted = hotline.fileHotlineAppealWithHttpInfo(call, key);
        assertEquals(202, accepted.getStatusCode());
        ReceiptView receipt = accepted.getData();
        assertNotNull(receipt.getReceiptId());
        assertTrue(accepted.getHeaders().get("location").get(0).endsWith("/intake/receipts/" + receipt.getReceiptId()));
        assertEquals(receipt.getReceiptId(), hotline.fileHotlineAppeal(call, key).getReceiptId(), "a retry: the same receipt");

        Instant deadline = Instant.now().plusSeconds(60);
        while (receipt.getStatus() == ReceiptStatus.QUEUED && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            receipt = hotline.readReceipt(receipt.getReceiptId().toString());
        }
        assertEquals(ReceiptStatus.REGISTERED, receipt.getStatus(), receipt::toString);
        String number = receipt.getRegistrationNumber();

        AppealsApi dispatcher = new AppealsApi(as("dispatcher"));
        ApiResponse<AppealView> read = dispatcher.readAppealWithHttpInfo(number);
        assertEquals("Пенсия үч айдан бери келбей жатат, банк себебин айтпайт", read.getData().getSummary());
        String version = read.getHeaders().get("etag").get(0);
        ApiResponse<AppealView> routed = dispatcher.routeAppealWithHttpInfo(number,
                new Routing().body("MIN_LABOUR_SOCIAL").reason("Пенсия: социалдык камсыздоо"), version);
        AppealView appeal = routed.getData();
        if (appeal.getAssignee() == null || !"officer".equals(appeal.getAssignee().getUsername())) {
            appeal = dispatcher.assignAppeal(number, new Assignment().assignee("officer"), routed.getHeaders().get("etag").get(0));
        }
        assertEquals("officer", appeal.getAssignee().getUsername());

        ApiException stale = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> new AppealsApi(as("officer"))
                .answerAppeal(number, new Answer().text("Эски версия").outcome(Answer.OutcomeEnum.EXPLAINED), version));
        assertEquals(412, stale.getCode(), "a version read before the routing is no longer the appeal");

        AppealsApi officer = new AppealsApi(as("officer"));
        String current = officer.readAppealWithHttpInfo(number).getHeaders().get("etag").get(0);
        AppealView answered = officer.answerAppeal(number, new Answer().language("ky").outcome(Answer.OutcomeEnum.SUPPORTED).measuresTaken(true)
                .text("Пенсия кайра эсептелип, үч айлык карызы төлөндү."), current);
        assertEquals(AppealStatus.ANSWERED, answered.getStatus());
    }
}
