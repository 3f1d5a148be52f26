using System.Net;
using System.Text.RegularExpressions;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// A browser without a browser: a cookie jar, no redirects followed, forms posted with the antiforgery token the page
/// gave, as the console's pages are rendered on the server.
/// </summary>
public sealed partial class ConsoleSession(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public async Task<string> PageAsync(string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form of the page at <paramref name="page"/>, with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await PageAsync(page);
        fields["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = "demo-password", string returnUrl = "/") =>
        await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl });

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
