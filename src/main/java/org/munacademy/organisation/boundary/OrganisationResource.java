package org.munacademy.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.MunicipalityType;
import org.munacademy.organisation.entity.OrganisationError;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/** Organisation reference data: regions, municipalities, position groups. Readable by every signed-in user. */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class OrganisationResource {

    @Inject
    OrganisationFacade facade;

    @GET
    @Path("regions")
    @Operation(summary = "All 89 subjects of the Federation with their municipality counts")
    public List<RegionRow> regions() {
        return facade.regions();
    }

    @GET
    @Path("regions/{code}")
    public RegionRow region(@PathParam("code") String code) {
        return facade.regionByCode(code)
                .orElseThrow(() -> new NotFoundException(OrganisationError.REGION_NOT_FOUND, code));
    }

    @GET
    @Path("municipalities")
    @Operation(summary = "Municipalities, filtered by name/OKTMO text, type and region code; paged")
    public PageResult<MunicipalityRow> municipalities(@QueryParam("q") String text, @QueryParam("type") String type,
            @QueryParam("region") String regionCode, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Long regionId = null;
        if (regionCode != null && !regionCode.isBlank()) {
            regionId = facade.regionByCode(regionCode)
                    .orElseThrow(() -> new InvalidInputException("region", OrganisationError.UNKNOWN_REGION)).id();
        }
        MunicipalityType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = MunicipalityType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", OrganisationError.UNKNOWN_MUNICIPALITY_TYPE);
            }
        }
        MunicipalityFilter filter = new MunicipalityFilter(text, t, regionId, null);
        Page page = Page.of(offset, limit);
        return new PageResult<>(facade.municipalities(filter, page), facade.countMunicipalities(filter), page.offset(),
                page.limit());
    }

    @GET
    @Path("municipalities/{id}")
    public MunicipalityRow municipality(@PathParam("id") long id) {
        return facade.municipality(id);
    }

    @GET
    @Path("position-groups")
    public List<PositionGroupRow> positionGroups() {
        return facade.positionGroups();
    }
}
