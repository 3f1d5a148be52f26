using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Training.Tests.Support;

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    /// <summary>The body as <typeparamref name="T"/>, or a failure that shows the problem the host answered.</summary>
    public static async Task<T> As<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Options))!;
    }

    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<Problem>(Options))!;

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body, Options);

    /// <summary>A JSON body for PUT and other verbs without a helper.</summary>
    public static HttpContent Body(object body) => JsonContent.Create(body, options: Options);
}

/// <summary>An RFC 9457 problem as the host writes it.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
