using System.Net;
using System.Text.Json;

namespace PluginCrm.Host.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>
    /// Asserts an RFC 9457 problem with this status, a correlation id, and an error for <paramref name="field"/>, in
    /// words a caller of a JSON API reads: no .NET type or namespace, no advice meant for the server's developer.
    /// Returns the message for the field.
    /// </summary>
    public static async Task<string> AssertFieldProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var leak in new[] { "System.", "PluginCrm.", "Did you mean", "`1" })
            Assert.DoesNotContain(leak, text);
        var problem = JsonSerializer.Deserialize<Problem>(text, WebApi.Json)!;
        Assert.False(string.IsNullOrEmpty(problem.CorrelationId), text);
        Assert.True(problem.Errors?.ContainsKey(field) == true, $"no error for '{field}' in {text}");
        return Assert.Single(problem.Errors![field]);
    }
}
