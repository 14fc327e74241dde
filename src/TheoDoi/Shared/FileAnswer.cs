using Microsoft.AspNetCore.Http.Metadata;

namespace TheoDoi.Shared;

/// <summary>
/// Describes a file answer in the OpenAPI document. <c>TypedResults.File</c> and <c>.Stream</c> add no
/// response metadata, and <c>.Produces(200, contentType: …)</c> without a type lists a 200 with no
/// content, so a client generated from the document would not know a file comes back (issue 14:
/// the document lists real responses). A <see cref="Stream"/> is described as a binary string.
/// </summary>
public static class FileAnswer
{
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), contentTypes));
}
