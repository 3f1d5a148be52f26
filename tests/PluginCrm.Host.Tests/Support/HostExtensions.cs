using System.Net.Http.Json;
using PluginCrm.Host.Api;
using PluginCrm.Host.PluginAdmin;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Support;

public static class HostExtensions
{
    public static async Task<PluginInfo> PluginInfoAsync(this CrmTestHost host, string id) =>
        (await host.Client.GetFromJsonAsync<List<PluginInfo>>("/api/plugins"))!.Single(p => p.Id == id);

    public static Task<HttpResponseMessage> PostAsync(this CrmTestHost host, string path) =>
        host.Client.PostAsync(path, content: null);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>())!;
}
