package org.munacademy.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.munacademy.learning.control.ScormMediaTypes;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;

/**
 * The files of a SCORM package on its own path, {@code /learning/scorm/{packageId}/{path in the package}}, from the
 * application's origin, so that the SCO finds the player's {@code window.API} in its parent frame. Who may read is
 * the facade's decision (whoever may open a lesson showing the package; editors always); the type follows the
 * extension with {@code nosniff}, and the Content-Security-Policy lets the package's own scripts, styles and media
 * (same origin, inline included, as authoring tools write them) run but nothing from another origin: no external
 * script, frame, connection or form target.
 * <p>
 * Trust: a package runs with the learner's session on our origin, so only methodologists and administrators upload
 * packages; the policy keeps a package from sending anything to another site.
 */
@WebServlet(urlPatterns = "/learning/scorm/*")
public class ScormContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PACKAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + "font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    @Inject
    transient ScormFacade scorm;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        int slash = info == null ? -1 : info.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        long packageId;
        try {
            packageId = Long.parseLong(info.substring(1, slash));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        String path = info.substring(slash + 1);
        FileContent content;
        try {
            content = scorm.file(packageId, path);
        } catch (BusinessException e) {
            response.sendError(e.status());
            return;
        }
        response.setContentType(ScormMediaTypes.of(path));
        response.setContentLengthLong(content.info().size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", PACKAGE_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        try (InputStream in = content.stream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
