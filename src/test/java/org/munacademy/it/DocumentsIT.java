package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.munacademy.learning.control.FrdoLayout;

/**
 * Documents of completed programmes over REST on the seeded content (content/learning/documents.csv): the holder's
 * own list and PDF, who else may download it (HR in scope, administrators; others get 404), the explicit issue by a
 * methodologist with the provider's next number, the public verification by the QR code's code (found, altered and
 * unknown alike "not found", rate-limited), and the ФИС ФРДО export that refuses holders without registry data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsIT extends OnPayaraMicro {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<JsonObject> mine(String user) {
        Api.Reply r = Api.as(base, user).get("api/v1/learning/documents/mine");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }

    private JsonObject employeeDocument(String programme) {
        return mine("employee").stream().filter(d -> d.getString("programmeCode").equals(programme)).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void the_demo_employee_holds_the_seeded_documents_with_numbers_of_the_providers_sequence() {
        List<JsonObject> docs = mine("employee");
        assertThat(docs).extracting(d -> d.getString("programmeCode")).containsExactlyInAnyOrder("IB-72", "OG-24");
        JsonObject ib = employeeDocument("IB-72");
        assertThat(ib.getString("registrationNumber")).matches("RCMU-VLG-0000\\d\\d");
        assertThat(ib.getString("kind")).isEqualTo("QUALIFICATION_CERTIFICATE");
        assertThat(ib.getString("holderName")).isEqualTo("Смирнова Анна Викторовна");
        assertThat(ib.getInt("hours")).isEqualTo(72);
        assertThat(ib.getString("issuedOn")).isEqualTo(SeedCalendar.iso("2026-04-17"));
        assertThat(ib.getString("verificationCode")).matches("[A-Z2-9]{12}");
        assertThat(mine("juror")).isEmpty();
    }

    @Test
    @Order(2)
    void the_holder_hr_in_scope_and_the_administrator_download_the_pdf_others_get_404() throws Exception {
        JsonObject ib = employeeDocument("IB-72");
        String path = "api/v1/learning/documents/" + ib.getString("registrationNumber") + "/pdf";

        HttpResponse<byte[]> own = bytes("employee", path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(own.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("УДОСТОВЕРЕНИЕ", ib.getString("registrationNumber"), "Смирнова Анна Викторовна",
                    "/verify/" + ib.getString("verificationCode"), SeedCalendar.ru("2026-04-17"));
        }
        assertThat(bytes("hr", path).statusCode()).as("HR of the holder's municipality").isEqualTo(200);
        assertThat(bytes("hr.region", path).statusCode()).as("HR of the holder's region").isEqualTo(200);
        assertThat(bytes("admin", path).statusCode()).isEqualTo(200);
        assertThat(bytes("hr.tver", path).statusCode()).as("HR of another region").isEqualTo(404);
        assertThat(bytes("juror", path).statusCode()).isEqualTo(404);
        assertThat(bytes("methodologist", path).statusCode()).isEqualTo(404);
        assertThat(bytes(null, path).statusCode()).isEqualTo(401);
        assertThat(bytes("employee", "api/v1/learning/documents/RCMU-VLG-999999/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void the_registry_export_has_the_forty_columns_and_refuses_holders_without_registry_data() throws Exception {
        HttpResponse<byte[]> tver = bytes("hr.tver", "api/v1/learning/documents/registry.xlsx");
        assertThat(tver.statusCode()).as(new String(tver.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tver.body()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Шаблон");
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 40);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(FrdoLayout.HEADERS);
            assertThat(headers.get(0)).isEqualTo("Вид документа");
            assertThat(headers.get(39)).isEqualTo("Номер документа для изменения");
            assertThat(sheet.getLastRowNum()).as("the one document of Tver's people").isEqualTo(1);
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Диплом о профессиональной переподготовке");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Оригинал");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(SeedCalendar.ru("2026-06-26"));
            assertThat(row.getCell(8).getStringCellValue()).startsWith("SZIU-UCH-");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Профессиональная переподготовка");
            assertThat(row.getCell(10).getStringCellValue())
                    .isEqualTo("Муниципально-частное партнёрство и концессионные соглашения");
            assertThat(row.getCell(11).getStringCellValue())
                    .isEqualTo("Административно-управленческая и офисная деятельность");
            assertThat(row.getCell(18).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(19).getNumericCellValue()).isEqualTo(2026);
            assertThat(row.getCell(20).getNumericCellValue()).isEqualTo(256);
            assertThat(row.getCell(21).getStringCellValue()).isEqualTo("Морозов");
            assertThat(row.getCell(24).getStringCellValue()).isEqualTo("21.06.1978");
            assertThat(row.getCell(25).getStringCellValue()).isEqualTo("Муж");
            assertThat(row.getCell(26).getStringCellValue()).isEqualTo("156-342-879 83");
            assertThat(row.getCell(27).getStringCellValue()).isEqualTo("Очно-заочная (вечерняя)");
            assertThat(row.getCell(28).getStringCellValue()).isEqualTo("Местный бюджет");
            assertThat(row.getCell(29).getStringCellValue()).isEqualTo("в образовательной организации");
            assertThat(row.getCell(30).getStringCellValue()).isEqualTo("643");
        }

        HttpResponse<byte[]> vologda = bytes("hr", "api/v1/learning/documents/registry.xlsx?partial=true");
        assertThat(vologda.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(vologda.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> holders = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                holders.add(sheet.getRow(i).getCell(21).getStringCellValue());
            }
            assertThat(holders).as("the complete documents of the municipality's people only")
                    .containsExactlyInAnyOrder("Смирнова", "Смирнова", "Кузнецов");
        }

        Api.Reply region = Api.as(base, "hr.region").get("api/v1/learning/documents/registry.xlsx");
        assertThat(region.status()).as(region.toString()).isEqualTo(409);
        List<JsonObject> incomplete = region.json().getJsonArray("incomplete").getValuesAs(JsonObject.class);
        assertThat(incomplete).hasSize(1);
        assertThat(incomplete.get(0).getString("holderName")).startsWith("Волкова");
        assertThat(incomplete.get(0).getJsonArray("missing").getString(0)).isEqualTo("sex");
        assertThat(region.json().getInt("complete")).isEqualTo(3);
        HttpResponse<byte[]> partial = bytes("hr.region", "api/v1/learning/documents/registry.xlsx?partial=true");
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.headers().firstValue("X-Incomplete-Documents")).hasValue("1");

        assertThat(bytes("employee", "api/v1/learning/documents/registry.xlsx").statusCode()).isEqualTo(403);
        assertThat(bytes("methodologist", "api/v1/learning/documents/registry.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void a_methodologist_issues_a_document_with_the_providers_next_number_once() {
        Map<String, Long> persons = Api.personIdsByCode(base);
        long person = persons.get("PER-0002");
        Api m = Api.as(base, "methodologist");
        Api.Reply issued = m.post("api/v1/learning/documents",
                "{\"programmeCode\":\"DT-72\",\"personId\":" + person + ",\"issuedOn\":\"2026-10-01\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().getString("registrationNumber")).startsWith("FIMS-UCH-");
        assertThat(issued.json().getString("holderName")).isEqualTo("Кузнецов Дмитрий Олегович");
        Api.Reply another = m.post("api/v1/learning/documents",
                "{\"programmeCode\":\"PM-36\",\"personId\":" + person + "}");
        assertThat(another.status()).as(another.toString()).isEqualTo(201);

        Api.Reply twice = m.post("api/v1/learning/documents",
                "{\"programmeCode\":\"DT-72\",\"personId\":" + person + "}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(m.post("api/v1/learning/documents", "{\"programmeCode\":\"TOS-16\",\"personId\":" + person + "}")
                .status()).as("a draft programme").isEqualTo(409);
        Api.Reply nobody = m.post("api/v1/learning/documents", "{\"programmeCode\":\"DT-72\",\"personId\":987654}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(m.post("api/v1/learning/documents", "{\"programmeCode\":\"DT-72\",\"personId\":" + person
                + ",\"issuedOn\":\"2999-01-01\"}").status()).as("dated in the future").isIn(400, 409);
        assertThat(Api.as(base, "employee").post("api/v1/learning/documents",
                "{\"programmeCode\":\"DT-72\",\"personId\":" + person + "}").status()).isEqualTo(403);
        assertThat(Api.as(base, "hr").post("api/v1/learning/documents",
                "{\"programmeCode\":\"DT-72\",\"personId\":" + person + "}").status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void concurrent_issues_of_one_provider_take_distinct_consecutive_numbers() throws Exception {
        Map<String, Long> persons = Api.personIdsByCode(base);
        List<String> codes = List.of("PER-0010", "PER-0011", "PER-0012", "PER-0013", "PER-0014", "PER-0015",
                "PER-0016", "PER-0017");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(codes.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
            for (String code : codes) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.as(base, "admin").post("api/v1/learning/documents",
                            "{\"programmeCode\":\"SP-72\",\"personId\":" + persons.get(code) + "}");
                }));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (java.util.concurrent.Future<Api.Reply> f : replies) {
                Api.Reply r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                String number = r.json().getString("registrationNumber");
                assertThat(number).startsWith("FIMS-UCH-");
                numbers.add(Long.parseLong(number.substring("FIMS-UCH-".length())));
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(java.util.Collections.max(numbers) - java.util.Collections.min(numbers))
                    .as("consecutive: no number lost or taken twice").isEqualTo(codes.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void the_public_verification_confirms_only_number_holder_programme_hours_and_date() {
        JsonObject ib = employeeDocument("IB-72");
        String code = ib.getString("verificationCode");
        Api anonymous = Api.anonymous(base);

        Api.Reply found = anonymous.get("api/v1/learning/verify/" + code);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().keySet()).containsExactlyInAnyOrder("registrationNumber", "holderName",
                "programmeTitle", "hours", "issuedOn");
        assertThat(found.json().getString("registrationNumber")).isEqualTo(ib.getString("registrationNumber"));
        assertThat(found.json().getString("holderName")).isEqualTo("Смирнова Анна Викторовна");
        assertThat(found.json().getInt("hours")).isEqualTo(72);

        String altered = code.substring(0, 11) + (code.charAt(11) == 'A' ? 'B' : 'A');
        Api.Reply alteredReply = anonymous.get("api/v1/learning/verify/" + altered);
        Api.Reply unknown = anonymous.get("api/v1/learning/verify/" + ib.getString("registrationNumber"));
        assertThat(alteredReply.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(alteredReply.body()).as("one answer for every code not found").isEqualTo(unknown.body());
        assertThat(alteredReply.body()).doesNotContain("Смирнова", ib.getString("registrationNumber"));
    }

    @Test
    @Order(6)
    void the_person_card_carries_what_the_registry_needs_for_hr_in_scope() {
        long person = Api.personIdsByCode(base).get("PER-0001");
        JsonObject card = Api.as(base, "hr").get("api/v1/persons/" + person).json();
        assertThat(card.getString("sex")).isEqualTo("FEMALE");
        assertThat(card.getString("citizenship")).isEqualTo("643");
        assertThat(card.getString("snils")).isEqualTo("795-422-058 28");
        assertThat(card.getString("birthDate")).isEqualTo("1994-10-03");
        assertThat(Api.as(base, "hr.tver").get("api/v1/persons/" + person).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void the_verification_endpoint_is_rate_limited_per_client_address() {
        Api anonymous = Api.anonymous(base);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(anonymous.get("api/v1/learning/verify/NOSUCHCODE" + i).status());
        }
        assertThat(statuses).contains(429);
        assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).containsOnly(429);
        assertThat(statuses.subList(0, statuses.indexOf(429))).containsOnly(404);
    }

    @Test
    @Order(8)
    void hr_completes_a_holders_registry_data_on_the_card_and_the_export_takes_her_document() throws Exception {
        Api hrRegion = Api.as(base, "hr.region");
        long volkova = Api.personIdsByCode(base).get("PER-0003");
        JsonObject card = hrRegion.get("api/v1/persons/" + volkova).json();
        assertThat(card).doesNotContainKey("sex");
        assertThat(card.getString("snils")).isEqualTo("891-614-336 27");
        // the card read back as it came, with the missing sex: the СНИЛС written with dashes passes its checksum
        Api.Reply saved = hrRegion.put("api/v1/persons/" + volkova,
                jakarta.json.Json.createObjectBuilder(card).add("sex", "FEMALE").build().toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getString("sex")).isEqualTo("FEMALE");
        assertThat(saved.json().getString("birthDate")).isEqualTo("1970-05-07");

        HttpResponse<byte[]> partial = bytes("hr.region", "api/v1/learning/documents/registry.xlsx?partial=true");
        assertThat(partial.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(partial.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<XSSFRow> hers = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if ("Волкова".equals(sheet.getRow(i).getCell(21).getStringCellValue())) {
                    hers.add(sheet.getRow(i));
                }
            }
            assertThat(hers).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(24).getStringCellValue()).isEqualTo("07.05.1970");
                assertThat(row.getCell(25).getStringCellValue()).isEqualTo("Жен");
                assertThat(row.getCell(26).getStringCellValue()).isEqualTo("891-614-336 27");
            });
        }
    }
}
