package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;

/**
 * Stored files by their SHA-256: {@code GET api/v1/files/{sha256}}, streamed, with the type found by content as
 * Content-Type, a Content-Disposition ({@code inline} for images, audio and video, {@code attachment} for everything
 * else) and {@code X-Content-Type-Options: nosniff}. Whether the caller may read it is for the contexts to say
 * ({@link FileAccess}, asked by {@link FileReading}): 404 for an unknown file, 403 for one the caller may not read.
 */
@ApplicationScoped
@Path("files")
@Tag(name = "files")
public class FilesResource {

    @Inject
    FileReading files;

    @GET
    @Path("{sha256}")
    public Response file(@PathParam("sha256") String sha256) {
        FileContent content = files.read(sha256);
        StreamingOutput body = out -> {
            try (InputStream in = content.stream()) {
                in.transferTo(out);
            }
        };
        FileInfo info = content.info();
        return Response.ok(body, info.type().mediaType())
                .header("Content-Length", info.size())
                .header("Content-Disposition", disposition(info))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the UTF-8 name (RFC 5987), inline only for images, audio and video. */
    static String disposition(FileInfo info) {
        String name = info.downloadName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        boolean shown = info.type().isImage() || info.type().isAudio() || info.type().isVideo();
        return (shown ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
