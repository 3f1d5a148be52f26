using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Api.Requests;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PluginCrm.Host.Records;

/// <summary>
/// <c>/api/&lt;records&gt;</c> for one kind: list (paged, filtered, sorted), read (with an ETag), create,
/// update (If-Match or a version field; stale is 412), patch (a JSON merge patch; If-Match required), delete (soft;
/// <c>?purge=true</c> for admins), and the record's audit trail.
/// </summary>
public static class RecordEndpoints
{
    private static readonly HashSet<string> ListParameters = ["page", "pageSize", "sort", "includeDeleted"];

    public static RouteGroupBuilder MapRecords<TEntity, TRecord>(this IEndpointRouteBuilder app, RecordKind<TEntity, TRecord> kind)
        where TEntity : RecordEntity, new() where TRecord : class
    {
        var api = app.MapGroup($"/api/{kind.Route}").WithTags(kind.Route);

        // The handlers that give or take a TRecord answer an IResult and read their own body (JsonBody), saying what they
        // give and take in metadata: the request delegate generator writes no code for a type parameter in a signature.
        api.MapGet("/", async (HttpContext http, RecordReader records, CancellationToken ct) =>
            (IResult)TypedResults.Ok(await records.ListAsync(kind, ParseList(http.Request.Query), http.User.ToActingUser(), ct)))
            .Produces<RecordPage<TRecord>>()
            .WithMetadata(kind.ListDescription(pages: true));

        api.MapGet("/{id:long}", async (long id, HttpContext http, RecordReader records, CancellationToken ct) =>
        {
            var record = await records.GetAsync(kind, id, http.User.ToActingUser(), ct);
            http.Response.Headers.ETag = $"\"{kind.VersionOf(record)}\"";
            return (IResult)TypedResults.Ok(record);
        }).Produces<TRecord>().WithMetadata(new VersionMetadata(SendsETag: true, IfMatchUse.None));

        api.MapPost("/", async (HttpContext http, RecordWriter records, CancellationToken ct) =>
        {
            var input = await JsonBody.ReadAsync<TRecord>(http, ct);
            var record = await records.CreateAsync(kind, input, http.User.ToActingUser(), ct);
            http.Response.Headers.ETag = $"\"{kind.VersionOf(record)}\"";
            return (IResult)TypedResults.Created($"/api/{kind.Route}/{kind.IdOf(record)}", record);
        }).Accepts<TRecord>("application/json").Produces<TRecord>(StatusCodes.Status201Created)
            .WithMetadata(new VersionMetadata(SendsETag: true, IfMatchUse.None));

        api.MapPut("/{id:long}", async (long id, HttpContext http, RecordWriter records, CancellationToken ct) =>
        {
            var input = await JsonBody.ReadAsync<TRecord>(http, ct);
            var expected = IfMatch(http) ?? (kind.VersionOf(input) is > 0 and var v ? v : null);
            var record = await records.UpdateAsync(kind, id, input, expected, http.User.ToActingUser(), ct);
            http.Response.Headers.ETag = $"\"{kind.VersionOf(record)}\"";
            return (IResult)TypedResults.Ok(record);
        }).Accepts<TRecord>("application/json").Produces<TRecord>()
            .WithMetadata(new VersionMetadata(SendsETag: true, IfMatchUse.Demanded));

        api.MapPatch("/{id:long}", async (long id, HttpContext http, RecordWriter records, IOptions<JsonOptions> json, CancellationToken ct) =>
        {
            var (patch, problem) = await MergePatch.ReadAsync(http.Request, ct);
            if (problem is not null)
                return Results.Problem(problem);
            var expected = IfMatch(http);
            var record = await records.PatchAsync(kind, id, current => MergePatch.Apply(current, patch!, json.Value.SerializerOptions), expected, http.User.ToActingUser(), ct);
            http.Response.Headers.ETag = $"\"{kind.VersionOf(record)}\"";
            return TypedResults.Ok(record);
        })
            .Accepts<TRecord>(MergePatch.MediaType, "application/json")
            .Produces<TRecord>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithMetadata(new VersionMetadata(SendsETag: true, IfMatchUse.Required))
            .WithSummary($"Change some fields of a {kind.Name}")
            .WithDescription("A JSON merge patch (RFC 7396): the fields to change, null to clear one; If-Match with the version read is required.");

        api.MapDelete("/{id:long}", async (long id, bool? purge, HttpContext http, RecordWriter records, CancellationToken ct) =>
        {
            await records.DeleteAsync(kind, id, purge ?? false, IfMatch(http), http.User.ToActingUser(), ct);
            return TypedResults.NoContent();
        }).WithMetadata(new VersionMetadata(SendsETag: false, IfMatchUse.Checked));

        api.MapGet("/{id:long}/audit", async (long id, HttpContext http, RecordReader records, CrmDbContext db, CancellationToken ct) =>
        {
            await records.GetAsync(kind, id, http.User.ToActingUser(), ct); // 404 unless the caller may see the record
            var entries = await db.Audit.AsNoTracking().Where(a => a.RecordType == kind.Name && a.RecordId == id).OrderBy(a => a.Id).ToListAsync(ct);
            return entries.Select(a => new AuditView(a.Id, a.OccurredUtc, a.UserId, a.UserName, a.Message, Parse(a.Before), Parse(a.After), a.CorrelationId, a.Reason));
        });
        return api;
    }

    private static ListQuery ParseList(IQueryCollection query)
    {
        var errors = new FieldErrors();
        var page = Int(query, "page", 1, errors);
        var pageSize = Int(query, "pageSize", 50, errors);
        var includeDeleted = query["includeDeleted"].ToString() is { Length: > 0 } text && (bool.TryParse(text, out var b) ? b : Invalid(errors, "includeDeleted", "must be true or false"));
        errors.ThrowIfAny();
        var filters = query.Where(q => !ListParameters.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value.ToString());
        return new ListQuery(page, pageSize, query["sort"].ToString() is { Length: > 0 } sort ? sort : null, includeDeleted, filters);
    }

    private static int Int(IQueryCollection query, string name, int fallback, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
            return fallback;
        if (int.TryParse(text, out var value))
            return value;
        errors.Add(name, $"'{text}' is not a whole number");
        return fallback;
    }

    private static bool Invalid(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }

    /// <summary>The version in an <c>If-Match</c> header; null without one, a 400 for one this API did not issue.</summary>
    public static long? IfMatch(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (header.Length == 0)
            return null;
        var tag = header.Replace("W/", "").Trim().Trim('"');
        return long.TryParse(tag, out var version) ? version : throw new InputException("If-Match", $"'{header}' is not a version this API issued");
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
