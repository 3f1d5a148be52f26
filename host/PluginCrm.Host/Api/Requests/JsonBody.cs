using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// Reads a JSON body as the minimal API binder does, with its failures (another media type: 415; JSON that does not fit:
/// the field named; no body: required) answered by <see cref="BindingProblems"/> alike. For a handler over a type
/// parameter: the request delegate generator cannot bind its body, and the run-time binder compiles an expression tree
/// per endpoint at every start.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        var request = http.Request;
        T? body = null;
        if (http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true)
        {
            if (!request.HasJsonContentType())
                throw new BadHttpRequestException($"Expected a supported JSON media type but got \"{request.ContentType}\".", StatusCodes.Status415UnsupportedMediaType);
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            try
            {
                body = await request.ReadFromJsonAsync<T>(options, ct);
            }
            catch (JsonException json)
            {
                throw new BadHttpRequestException("Failed to read the request body as JSON.", StatusCodes.Status400BadRequest, json);
            }
        }
        return body ?? throw new BadHttpRequestException(BindingProblems.NoBody, StatusCodes.Status400BadRequest);
    }
}
