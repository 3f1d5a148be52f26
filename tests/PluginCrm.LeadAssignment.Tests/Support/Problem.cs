using System.Net.Http.Json;
using System.Text.Json;

namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>An RFC 9457 problem as a caller reads it, with the record's id masked, to compare a refusal with a miss.</summary>
public sealed record Problem(int Status, string? Title, string? Detail)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, long maskedId)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        string? Text(string name) => body.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new Problem((int)response.StatusCode, Text("title"), Text("detail")?.Replace(maskedId.ToString(), "{id}"));
    }
}
