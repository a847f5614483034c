package org.munacademy.competency.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.competency.control.CaseProvider;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.shared.boundary.ErrorTexts;

/**
 * The read endpoints of the 1EdTech CASE 1.1 REST binding at the path the binding gives ({@code /ims/case/v1p1}),
 * for published and retired standard versions, without sign-in (ADR 0012): {@code CFDocuments}, and by identifier
 * {@code CFDocuments}, {@code CFPackages}, {@code CFItems}, {@code CFAssociations}, {@code CFItemAssociations},
 * {@code CFRubrics}, {@code CFRubricCriteria}, {@code CFRubricCriterionLevels}, {@code CFItemTypes},
 * {@code CFConcepts}, {@code CFSubjects}, {@code CFLicenses}, {@code CFAssociationGroupings}. An identifier no served
 * version holds (a draft's too), or a path the binding does not have, is a 404 with the binding's
 * {@code imsx_StatusInfo} payload.
 * <p>
 * A servlet rather than a second JAX-RS application: the platform's application mounts every resource it finds, so a
 * provider resource was served under {@code /api/v1} too, and the binding's two GET shapes need neither a body nor
 * authentication. {@code shared.boundary.RequestPaths} counts {@code /ims/} as API (HTTP Basic only, never the UI's
 * session; the API's security headers).
 */
@WebServlet(urlPatterns = CaseProviderServlet.PATH + "/*")
public class CaseProviderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the provider answers, inside the application's context. */
    public static final String PATH = "/ims/case/v1p1";

    private static final Pattern OBJECT = Pattern.compile("/(CF[A-Za-z]+)/([^/]+)");

    @Inject
    transient CaseProviderFacade provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = Optional.ofNullable(request.getPathInfo()).orElse("");
        // the address as the caller wrote it, up to the provider's path: what the answers' uris start with
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - info.length());
        if (info.equals("/CFDocuments")) {
            int limit = number(request.getParameter("limit"), 100);
            int offset = number(request.getParameter("offset"), 0);
            List<JsonObject> all = provider.documents(base);
            List<JsonObject> page = all.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
            response.setHeader("X-Total-Count", String.valueOf(all.size()));
            write(response, 200, CaseProvider.documents(page));
            return;
        }
        Matcher m = OBJECT.matcher(info);
        Optional<JsonObject> found = m.matches() ? provider.find(m.group(1), m.group(2), base) : Optional.empty();
        if (found.isPresent()) {
            write(response, 200, found.get());
        } else {
            String id = m.matches() ? m.group(2) : info;
            write(response, 404, CaseProvider.unknown(ErrorTexts.accepting(Collections.list(request.getLocales()))
                    .text(CompetencyError.CASE_OBJECT_UNKNOWN.key(), id)));
        }
    }

    /** A paging parameter: absent or not a number gives the default. */
    private static int number(String value, int absent) {
        try {
            return value == null ? absent : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The provider's base URI ({@code https://host/ctx/ims/case/v1p1}) from the platform API's base URI
     * ({@code https://host/ctx/api/v1/}): what the export writes into its {@code uri}s.
     */
    static String baseUri(String apiBase) {
        String base = apiBase.endsWith("/") ? apiBase : apiBase + "/";
        return (base.endsWith("api/v1/") ? base.substring(0, base.length() - "api/v1/".length()) : base)
                + PATH.substring(1);
    }
}
