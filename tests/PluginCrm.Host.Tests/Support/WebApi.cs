using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PluginCrm.Host.Tests.Support;

/// <summary>JSON as the API speaks it: camelCase, enums as camelCase strings.</summary>
public static class WebApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<T> As<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body, Json);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string path, object body, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is { } version)
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    public static async Task<T> Get<T>(this HttpClient client, string path) => (await client.GetFromJsonAsync<T>(path, Json))!;
}

/// <summary>A page of a list response.</summary>
public sealed record ListPage<T>(List<T> Items, int Page, int PageSize, int Total);
