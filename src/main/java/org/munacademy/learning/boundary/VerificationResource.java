package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.DocumentVerification;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.shared.boundary.PublicEndpoint;
import org.munacademy.shared.entity.NotFoundException;

/**
 * The public verification of a document without signing in, twin of the {@code /verify/{code}} page: the code from
 * the document's QR code gives its number, holder, programme, hours and date (200), anything else one 404;
 * rate-limited per client address (429).
 */
@ApplicationScoped
@Path("learning/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
@PublicEndpoint
public class VerificationResource {

    @Inject
    DocumentFacade documents;

    @GET
    @Path("{code}")
    @Operation(summary = "Verifies a document by the code of its QR code (public, rate-limited)")
    public DocumentVerification verify(@PathParam("code") String code) {
        return documents.verify(code).orElseThrow(() -> new NotFoundException(LearningError.DOCUMENT_NOT_FOUND));
    }
}
