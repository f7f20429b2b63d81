package gov.appeals.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeywordClassifierTest {

    private final KeywordClassifier shipped = KeywordClassifier.fromResource(KeywordClassifier.DEFAULT_RESOURCE, "OTHER");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Russian
            "Суд уже полгода затягивает рассмотрение моего дела, прошу вмешаться прокуратуру | COURTS_LAW_ENFORCEMENT",
            "Мне не выделяют земельный участок, хотя очередь подошла | LAND_HOUSING",
            "Не выплачивают пенсию по инвалидности третий месяц | SOCIAL",
            "Прошу рассмотреть вопрос о принятии в гражданство | AWARDS_CITIZENSHIP",
            "Банк начислил незаконные проценты по кредиту | ECONOMY",
            "Предлагаю открыть детский сад в нашем микрорайоне | SOCIAL",
            // Kyrgyz
            "Пенсияны эки айдан бери ала элекмин | SOCIAL",
            "Жер тилкесин бербей жатышат, үйүм жок | LAND_HOUSING",
            "Сотко кайрылдым, тергөө бир жылдан бери жүрүп жатат | COURTS_LAW_ENFORCEMENT",
            "Насыя боюнча пайызды мыйзамсыз көтөрүштү | ECONOMY",
            "Жарандыгымды калыбына келтирүүнү суранам | AWARDS_CITIZENSHIP",
            // Kazakh
            "Зейнетақы уақытында төленбейді | SOCIAL",
            "Несие бойынша пайыз заңсыз өсті | ECONOMY",
            "Азаматтық алу туралы өтініш | AWARDS_CITIZENSHIP",
            // English
            "The police refused to register my complaint about fraud | COURTS_LAW_ENFORCEMENT",
            "Our apartment building has had no heating since October, the housing office does nothing | LAND_HOUSING",
            // nothing to go on
            "Спасибо за вашу работу | OTHER",
    })
    void findsTheSubjectInEveryLanguage(String summary, String subject) {
        assertEquals(subject, shipped.classify(summary));
    }

    @Test
    void shortTermsMatchOnlyWholeWords() {
        // Kyrgyz "сот" (court) must not fire on Russian "сотрудник" (employee), nor "жер" (land) on "жергиликтүү" (local)
        assertEquals("OTHER", shipped.classify("Сотрудник жергиликтүү администрации был вежлив"));
    }

    @Test
    void theSubjectWithMostMatchesWinsAndTiesGoToTheFirstListed() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("A", List.of("alpha*"));
        terms.put("B", List.of("beta*", "gamma"));
        KeywordClassifier classifier = new KeywordClassifier(terms, "NONE");

        assertEquals("B", classifier.classify("alphabet beta gamma"));
        assertEquals("A", classifier.classify("alphas betas"));
        assertEquals("NONE", classifier.classify("gammas"));
        assertEquals("NONE", classifier.classify("   "));
        assertEquals("NONE", classifier.classify(null));
    }

    @Test
    void readsYoAsYeAndIgnoresCase() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("HOUSING", List.of("жильё*"));
        KeywordClassifier classifier = new KeywordClassifier(terms, "OTHER");

        assertEquals("HOUSING", classifier.classify("ЖИЛЬЕ не предоставили"));
    }
}
