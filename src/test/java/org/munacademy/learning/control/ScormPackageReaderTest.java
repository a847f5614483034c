package org.munacademy.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.ScormPackageReader.ScormContent;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

class ScormPackageReaderTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    static String manifest(String title, String launch, String... files) {
        StringBuilder f = new StringBuilder();
        for (String file : files) {
            f.append("<file href=\"").append(file).append("\"/>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="M1" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="ORG">
                    <organization identifier="ORG"><title>%s</title>
                      <item identifier="I1" identifierref="R1"><title>Урок</title></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="%s">%s</resource>
                  </resources>
                </manifest>""".formatted(title, launch, f);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return ScormZips.zip(entries);
    }

    static Map<String, byte[]> files(String manifest, String... pathsAndTexts) {
        return ScormZips.files(manifest, pathsAndTexts);
    }

    static List<LearningError> codes(byte[] zip) {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScormPackageReader.read(zip));
        return e.errors().stream().map(ImportError::code).map(LearningError.class::cast).toList();
    }

    @Test
    void a_good_package_gives_its_title_launch_and_files() {
        Map<String, byte[]> f = files(manifest("Бюджет для граждан", "sco/index.html?start=1", "sco/index.html",
                "sco/app.js"), "sco/index.html", "<html></html>", "sco/app.js", "1;");
        f.put("sco/pic.png", PNG);
        ScormContent c = ScormPackageReader.read(zip(f));
        assertEquals("Бюджет для граждан", c.title());
        assertEquals("sco/index.html?start=1", c.launchPath());
        assertEquals(4, c.files().size());
        assertTrue(c.files().containsKey("sco/pic.png"));
    }

    @Test
    void xml_base_of_resources_and_resource_is_honoured() {
        String m = manifest("T", "index.html", "index.html").replace("<resources>",
                "<resources xml:base=\"content/\">");
        ScormContent c = ScormPackageReader.read(zip(files(m, "content/index.html", "x")));
        assertEquals("content/index.html", c.launchPath());
    }

    @Test
    void malformed_xml_is_refused_with_its_position() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScormPackageReader.read(
                zip(files("<manifest><organizations>", "index.html", "x"))));
        assertEquals(LearningError.SCORM_MANIFEST_INVALID, e.errors().get(0).code());
        assertTrue(e.errors().get(0).args().get(0).toString().contains("строка"), e.errors().toString());
    }

    @Test
    void a_doctype_is_refused_so_no_entity_is_ever_expanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + manifest("&x;", "index.html").substring(manifest("", "").indexOf("<manifest"));
        assertEquals(List.of(LearningError.SCORM_MANIFEST_INVALID), codes(zip(files(xxe, "index.html", "x"))));
    }

    @Test
    void a_missing_manifest_is_refused() {
        assertEquals(List.of(LearningError.SCORM_MANIFEST_MISSING),
                codes(zip(Map.of("index.html", "x".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void a_manifest_only_in_a_folder_is_not_at_the_root() {
        assertEquals(List.of(LearningError.SCORM_MANIFEST_MISSING), codes(zip(Map.of("pkg/imsmanifest.xml",
                manifest("T", "index.html").getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void a_missing_launch_file_is_named() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScormPackageReader.read(
                zip(files(manifest("T", "start.html"), "index.html", "x"))));
        assertEquals(LearningError.SCORM_LAUNCH_MISSING, e.errors().get(0).code());
        assertEquals(List.of("start.html"), e.errors().get(0).args());
    }

    @Test
    void every_listed_file_missing_is_listed() {
        assertEquals(List.of(LearningError.SCORM_FILE_MISSING, LearningError.SCORM_FILE_MISSING),
                codes(zip(files(manifest("T", "index.html", "index.html", "a.js", "b.css"), "index.html", "x"))));
    }

    @Test
    void a_package_without_a_sco_is_refused() {
        String m = manifest("T", "index.html").replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"asset\"");
        assertEquals(List.of(LearningError.SCORM_NO_SCO), codes(zip(files(m, "index.html", "x"))));
    }

    @Test
    void entry_paths_leaving_the_package_are_refused() {
        for (String bad : List.of("../evil.html", "a/../../evil.html", "/etc/evil", "a\\..\\evil", "C:/evil")) {
            Map<String, byte[]> f = files(manifest("T", "index.html"), "index.html", "x", bad, "y");
            assertTrue(codes(zip(f)).contains(LearningError.SCORM_UNSAFE_PATH), bad);
        }
        assertFalse(ScormPackageReader.safe("../x"));
        assertTrue(ScormPackageReader.safe("a/b..c/d.html"));
    }

    @Test
    void an_href_leaving_the_package_is_refused() {
        assertTrue(codes(zip(files(manifest("T", "../index.html"), "index.html", "x")))
                .contains(LearningError.SCORM_UNSAFE_PATH));
        assertTrue(codes(zip(files(manifest("T", "index.html", "../../secret"), "index.html", "x")))
                .contains(LearningError.SCORM_UNSAFE_PATH));
    }

    @Test
    void a_zip_bomb_is_refused_while_inflating() {
        Map<String, byte[]> f = files(manifest("T", "index.html"), "index.html", "x");
        f.put("zeros.txt", new byte[30 * 1024 * 1024]); // 30 MB of zeros packs into ~30 KB: ratio ~1000
        assertEquals(List.of(LearningError.SCORM_ZIP_BOMB), codes(zip(f)));
    }

    @Test
    void a_picture_that_is_not_one_is_refused() {
        assertEquals(List.of(LearningError.SCORM_MEDIA_MISMATCH), codes(zip(files(manifest("T", "index.html"),
                "index.html", "x", "logo.png", "<script>alert(1)</script>"))));
    }

    @Test
    void not_a_zip_is_refused() {
        assertEquals(List.of(LearningError.SCORM_NOT_ZIP), codes("<html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_title_is_plain_text_with_markup_kept_as_text_and_white_space_collapsed() {
        String m = manifest("&lt;script&gt;alert(1)&lt;/script&gt;\n\t <![CDATA[<img src=x onerror=alert(2)>]]>",
                "index.html");
        ScormContent c = ScormPackageReader.read(zip(files(m, "index.html", "x")));
        assertEquals("<script>alert(1)</script> <img src=x onerror=alert(2)>", c.title());
    }

    @Test
    void media_types_follow_the_extension() {
        assertEquals("text/html", ScormMediaTypes.of("a/index.HTML"));
        assertEquals("text/javascript", ScormMediaTypes.of("app.js"));
        assertEquals("application/octet-stream", ScormMediaTypes.of("setup.exe"));
        assertEquals("application/octet-stream", ScormMediaTypes.of("dir.v2/README"));
    }
}
