package org.munacademy.learning.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.munacademy.learning.entity.ScormAttemptRow;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.BusinessException;

/**
 * The SCORM player's runtime endpoint, {@code /learning/scorm-runtime}: {@code GET} gives the data model a session
 * starts with, {@code POST} takes a commit ({@code {"values": {"cmi.core.lesson_status": "passed", …},
 * "finish": true}}). The player calls it synchronously from the application's origin.
 * <p>
 * Why not {@code /api/**}: the API accepts no session cookie (a foreign page could otherwise make the browser send it
 * along). Here the session is accepted, but only together with proof that the request comes from the player page the
 * lesson page opened: the launch token in the {@code X-Scorm-Token} header — issued to the signed-in person for one
 * session of one lesson, given to the player in the URL fragment (never sent to a server, never in a log or a
 * Referer), replaced at the next launch. A cross-site page can neither read the token nor send a custom header
 * without a CORS preflight we never answer; commits must be {@code application/json}, and an {@code Origin} or
 * {@code Sec-Fetch-Site} that is not our own is refused.
 */
@WebServlet(urlPatterns = "/learning/scorm-runtime")
public class ScormRuntimeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_HEADER = "X-Scorm-Token";
    /** A commit holds at most the data model: 4096 characters of suspend data and a few short values. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    @Inject
    transient ScormFacade scorm;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin(request)) {
            response.sendError(403);
            return;
        }
        try {
            ScormFacade.RuntimeState state = scorm.state(request.getHeader(TOKEN_HEADER));
            JsonObjectBuilder cmi = Json.createObjectBuilder();
            state.cmi().forEach(cmi::add);
            write(response, 200, Json.createObjectBuilder().add("launchPath", state.launchPath())
                    .add("title", state.title()).add("cmi", cmi).build());
        } catch (BusinessException e) {
            problem(request, response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (!sameOrigin(request) || type == null || !type.toLowerCase().startsWith("application/json")) {
            response.sendError(403);
            return;
        }
        try {
            String body = new String(Upload.readLimited(request.getInputStream(), MAX_BODY_BYTES),
                    StandardCharsets.UTF_8);
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException | ClassCastException e) {
                response.sendError(400);
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            JsonObject given = json.containsKey("values") && json.get("values") instanceof JsonObject o ? o
                    : JsonValue.EMPTY_JSON_OBJECT;
            given.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : null));
            boolean finish = json.getBoolean("finish", false);
            ScormAttemptRow row = scorm.commit(request.getHeader(TOKEN_HEADER), values, finish);
            write(response, 200, Json.createObjectBuilder().add("lessonStatus", row.lessonStatus())
                    .add("completed", row.completedAt() != null).build());
        } catch (BusinessException e) {
            problem(request, response, e);
        }
    }

    /** Refuses what a browser marks as coming from another site (Origin, Fetch Metadata); other clients pass. */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String host = request.getHeader("Host");
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, BusinessException e)
            throws IOException {
        ErrorTexts texts = ErrorTexts.accepting(Collections.list(request.getLocales()));
        JsonArrayBuilder details = Json.createArrayBuilder();
        e.details(texts).forEach(d -> details.add(Json.createObjectBuilder().add("field", String.valueOf(d.field()))
                .add("message", String.valueOf(d.message()))));
        write(response, e.status(), Json.createObjectBuilder().add("code", e.code().key())
                .add("message", e.text(texts)).add("details", details).build());
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
