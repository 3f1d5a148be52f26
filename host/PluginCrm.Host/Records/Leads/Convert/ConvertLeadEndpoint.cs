using PluginCrm.Host.Api;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary><c>POST /api/leads/{id}/convert</c>: the lead becomes a customer (and a deal); answers the conversion as stored.</summary>
public static class ConvertLeadEndpoint
{
    public static void MapConvertLead(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/leads/{id:long}/convert", async (long id, ConvertLeadRequest? request, HttpContext http, LeadConverter converter, CancellationToken ct) =>
        {
            var converted = await converter.ConvertAsync(id, request ?? new ConvertLeadRequest(), RecordEndpoints.IfMatch(http), http.User.ToActingUser(), ct);
            return TypedResults.Ok(converted);
        })
            .WithTags("leads")
            .Produces<LeadConversion>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new VersionMetadata(SendsETag: false, IfMatchUse.Checked))
            .WithSummary("Convert a lead into a customer, and optionally a deal")
            .WithDescription("Creates a customer from the lead (409 with the look-alike customers you may read unless createDuplicate) or links customerId; the lead becomes converted.");
}
