package gov.appeals.open311.control;

import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.CodedEntry;
import gov.appeals.submission.entity.AppealKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The subjects of appeals as Open311 services: {@code service_code} is the subject's code. Every
 * subject asks the same few questions an appeal needs (its kind, the region, the body a complaint
 * is about, the language of the answer), none of them required; some subjects ask one more.
 */
@Stateless
public class ServiceCatalog {

    static final String KIND = "kind";
    static final String REGION = "region";
    static final String RESPONDENT = "respondent";
    static final String LANGUAGE = "language";

    /** Kinds an Open311 client may file; advice (a consultation) is given at a desk, not filed. */
    static final List<AppealKind> KINDS = List.of(AppealKind.APPLICATION, AppealKind.COMPLAINT, AppealKind.PROPOSAL);
    static final List<String> LANGUAGES = List.of("ky", "ru", "kk", "en");

    private static final Map<AppealKind, Text> KIND_NAMES = Map.of(
            AppealKind.APPLICATION, new Text("Арыз", "Заявление", "Application"),
            AppealKind.COMPLAINT, new Text("Даттануу", "Жалоба", "Complaint"),
            AppealKind.PROPOSAL, new Text("Сунуш", "Предложение", "Proposal"));
    private static final Map<String, Text> LANGUAGE_NAMES = Map.of(
            "ky", new Text("Кыргызча", "Кыргызский", "Kyrgyz"),
            "ru", new Text("Орусча", "Русский", "Russian"),
            "kk", new Text("Казакча", "Казахский", "Kazakh"),
            "en", new Text("Англисче", "Английский", "English"));

    /** A question a subject asks of its own, answered as text and added to the appeal's text. */
    record SubjectQuestion(String code, Text description) {
    }

    static final Map<String, SubjectQuestion> SUBJECT_QUESTIONS = Map.of(
            "COURTS_LAW_ENFORCEMENT", new SubjectQuestion("case_number", new Text(
                    "Соттук же кылмыш ишинин номери, эгер бар болсо",
                    "Номер судебного или уголовного дела, если есть",
                    "Number of the court or criminal case, if there is one")),
            "LAND_HOUSING", new SubjectQuestion("cadastral_number", new Text(
                    "Жер участогунун же турак жайдын кадастрдык номери, эгер белгилүү болсо",
                    "Кадастровый номер участка или жилья, если известен",
                    "Cadastral number of the plot or dwelling, if known")));

    @Inject
    ReferenceCatalog reference;

    public record Service(String code, String name, String description, String keywords) {
    }

    public record Value(String key, String name) {
    }

    public record Attribute(String code, String datatype, boolean required, String datatypeDescription, int order,
            String description, List<Value> values) {
    }

    public List<Service> services(Locale locale) {
        return reference.categories().stream().map(c -> service(c, locale)).toList();
    }

    public Optional<Service> service(String code, Locale locale) {
        return reference.categories().stream().filter(c -> c.getCode().equals(code)).findFirst().map(c -> service(c, locale));
    }

    /** The questions of a subject, in the order a form shows them; empty for an unknown subject. */
    public Optional<List<Attribute>> definition(String code, Locale locale) {
        if (code == null || !reference.isCategory(code)) {
            return Optional.empty();
        }
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(KIND, "singlevaluelist", false, null, 1, new Text(
                "Кайрылуунун түрү; көрсөтүлбөсө, арыз", "Вид обращения; если не указан, заявление",
                "Kind of appeal; an application when not given").in(locale),
                KINDS.stream().map(k -> new Value(k.name(), KIND_NAMES.get(k).in(locale))).toList()));
        attributes.add(new Attribute(REGION, "singlevaluelist", false, null, 2, new Text(
                "Маселе кайсы аймакта", "Регион, к которому относится вопрос", "The region the matter is in").in(locale),
                values(reference.regions(), locale)));
        attributes.add(new Attribute(RESPONDENT, "singlevaluelist", false, null, 3, new Text(
                "Даттануу үчүн: аракети даттанылган орган. Даттануу ага жиберилбейт",
                "Для жалобы: орган, на действия которого жалуются. Жалоба ему не направляется",
                "For a complaint: the body whose actions it is about. The complaint is never sent to that body").in(locale),
                values(reference.bodies(), locale)));
        attributes.add(new Attribute(LANGUAGE, "singlevaluelist", false, null, 4, new Text(
                "Жооп кайсы тилде", "Язык ответа", "The language of the answer").in(locale),
                LANGUAGES.stream().map(l -> new Value(l, LANGUAGE_NAMES.get(l).in(locale))).toList()));
        SubjectQuestion own = SUBJECT_QUESTIONS.get(code);
        if (own != null) {
            attributes.add(new Attribute(own.code(), "string", false, null, 5, own.description().in(locale), List.of()));
        }
        return Optional.of(attributes);
    }

    private static Service service(Category c, Locale locale) {
        String name = c.nameIn(locale);
        String others = Stream.of(c.getNameKy(), c.getNameRu(), c.getNameEn()).filter(n -> !n.equals(name))
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new Service(c.getCode(), name, name, others);
    }

    private static List<Value> values(List<? extends CodedEntry> entries, Locale locale) {
        return entries.stream().map(e -> new Value(e.getCode(), e.nameIn(locale))).toList();
    }
}
