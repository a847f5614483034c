package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.DocumentRow;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.RegistryExport;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Issued documents over REST: the caller's own, those of HR's scope (administrators: all), a document's PDF, the
 * explicit issue by methodologists and administrators, and the ФИС ФРДО export (XLSX; when holders lack registry data
 * a 409 lists them instead, unless {@code ?partial=true} exports the complete ones with the list in a header).
 */
@ApplicationScoped
@Path("learning/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class DocumentsResource {

    /** The body of an explicit issue. */
    public static class IssueRequest {
        private String programmeCode;
        private Long personId;
        private LocalDate issuedOn;

        public String getProgrammeCode() {
            return programmeCode;
        }

        public void setProgrammeCode(String programmeCode) {
            this.programmeCode = programmeCode;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }
    }

    /** A 409 body of an export whose holders lack registry data. */
    public record IncompleteExport(int complete, List<RegistryExport.Incomplete> incomplete) {
    }

    @Inject
    DocumentFacade documents;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own documents")
    public List<DocumentRow> mine() {
        return documents.mine();
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Operation(summary = "Issued documents of the persons in the caller's scope (administrators: all)")
    public List<DocumentRow> list(@QueryParam("provider") String provider) {
        return documents.list(provider);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a programme's document to a person (seeding, corrections); 409 if issued already")
    public Response issue(IssueRequest body) {
        if (body == null || body.getProgrammeCode() == null || body.getProgrammeCode().isBlank()) {
            throw new InvalidInputException("programmeCode", LearningError.UNKNOWN_PROGRAMME, "");
        }
        if (body.getPersonId() == null) {
            throw new InvalidInputException("personId", LearningError.UNKNOWN_PERSON, "");
        }
        DocumentRow row = documents.issue(body.getProgrammeCode(), body.getPersonId(), body.getIssuedOn());
        return Response.created(URI.create("learning/documents/" + row.registrationNumber() + "/pdf")).entity(row)
                .build();
    }

    @GET
    @Path("{number}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A document's PDF: its holder, HR in scope, administrators (audited); otherwise 404")
    public Response pdf(@PathParam("number") String number) {
        byte[] pdf = documents.pdf(number);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + safe(number) + ".pdf\"").build();
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("registry.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "ФИС ФРДО export (ДПО layout, XLSX); 409 listing holders without СНИЛС, birth date or sex "
            + "unless partial=true")
    public Response registry(@QueryParam("provider") String provider, @QueryParam("partial") boolean partial) {
        RegistryExport export = documents.registryExport(provider);
        if (!export.incomplete().isEmpty() && !partial) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(new IncompleteExport(export.exported(), export.incomplete())).build();
        }
        return Response.ok(export.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"frdo-dpo.xlsx\"")
                .header("X-Incomplete-Documents", export.incomplete().size()).build();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
