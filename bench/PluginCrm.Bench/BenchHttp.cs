using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>A response's body as JSON, or a <see cref="BenchException"/> naming the request when it did not succeed.</summary>
public static class BenchHttp
{
    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new BenchException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<long> IdOfAsync(HttpResponseMessage response) => (await EnsureAsync(response)).GetProperty("id").GetInt64();
}
