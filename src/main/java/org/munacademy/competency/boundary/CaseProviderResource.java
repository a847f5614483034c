package org.munacademy.competency.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.competency.control.CaseProvider;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.boundary.PublicEndpoint;

/**
 * The read endpoints of the 1EdTech CASE 1.1 REST binding for published and retired standard versions, without
 * sign-in (ADR 0012): {@code CFDocuments}, and by identifier {@code CFDocuments}, {@code CFPackages},
 * {@code CFItems}, {@code CFAssociations}, {@code CFItemAssociations}, {@code CFRubrics}, {@code CFRubricCriteria},
 * {@code CFRubricCriterionLevels}, {@code CFItemTypes}, {@code CFConcepts}, {@code CFSubjects}, {@code CFLicenses},
 * {@code CFAssociationGroupings}. An identifier no served version holds (a draft's too) is a 404 with the binding's
 * {@code imsx_StatusInfo} payload.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
@Tag(name = "case")
public class CaseProviderResource {

    @Inject
    CaseProviderFacade provider;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("CFDocuments")
    @Operation(summary = "CASE 1.1 getAllCFDocuments: the published and retired standard versions")
    public Response documents(@QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        requireOwnPath();
        List<JsonObject> all = provider.documents(CaseProviderApi.baseUri(uri));
        List<JsonObject> page = all.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
        return Response.ok(CaseProvider.documents(page)).header("X-Total-Count", all.size()).build();
    }

    @GET
    @Path("{collection: CF[A-Za-z]+}/{id}")
    @Operation(summary = "CASE 1.1 get<Object>: a document, package, item, association, item's associations, rubric, "
            + "criterion, criterion level or definition by its identifier")
    public Response object(@PathParam("collection") String collection, @PathParam("id") String id) {
        requireOwnPath();
        return provider.find(collection, id, CaseProviderApi.baseUri(uri))
                .map(found -> Response.ok(found).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                        .entity(CaseProvider.unknown(ErrorTexts.accepting(headers.getAcceptableLanguages())
                                .text(CompetencyError.CASE_OBJECT_UNKNOWN.key(), id)))
                        .build());
    }

    /** The platform's API mounts this resource too (it takes every resource it finds): there it is not found. */
    private void requireOwnPath() {
        if (!CaseProviderApi.servedHere(uri)) {
            throw new NotFoundException();
        }
    }
}
