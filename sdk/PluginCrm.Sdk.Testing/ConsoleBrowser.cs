using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// The web console without a browser, for testing a plugin's screens: pages are rendered on the server, so a test reads
/// their HTML and posts their forms with the antiforgery token the page gave, keeping cookies and following no redirect
/// (a test reads where it was sent). Signed in with a user's bearer token, as a test host's signed-in clients are.
/// </summary>
public sealed partial class ConsoleBrowser : IDisposable
{
    private readonly HttpClient http;

    /// <summary>A browser at <paramref name="address"/>, signed in with <paramref name="token"/> when given.</summary>
    public ConsoleBrowser(Uri address, AuthenticationHeaderValue? token = null)
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = token;
    }

    /// <summary>A browser signed in as the user whose client (from <see cref="CrmTestHost.SignedInUserAsync"/>) is given.</summary>
    public static ConsoleBrowser As(HttpClient signedIn)
    {
        var browser = new ConsoleBrowser(signedIn.BaseAddress!, signedIn.DefaultRequestHeaders.Authorization);
        browser.http.DefaultRequestHeaders.Host = signedIn.DefaultRequestHeaders.Host; // a tenant's client names its tenant by host name
        return browser;
    }

    /// <summary>Gets a page, whatever its status.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    /// <summary>Gets a page that must answer 200, as HTML.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}, not 200", null, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Posts the form of the page at <paramref name="page"/> whose action is <paramref name="action"/>, as a browser does:
    /// its hidden inputs (the antiforgery token, the form's name, a version read for the form) with
    /// <paramref name="fields"/> over them. Without such a form on the page, the page's antiforgery token and the fields.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, IReadOnlyDictionary<string, string> fields)
    {
        var html = await PageAsync(page);
        var form = Forms().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(Attribute(m.Groups["open"].Value, "action")) == action);
        var sent = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value };
        foreach (Match input in Inputs().Matches(form?.Groups["body"].Value ?? ""))
        {
            if (Attribute(input.Value, "type") == "hidden" && Attribute(input.Value, "name") is { Length: > 0 } name)
                sent[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value"));
        }
        foreach (var (name, value) in fields)
            sent[name] = value;
        return await http.PostAsync(action, new FormUrlEncodedContent(sent));
    }

    /// <summary>
    /// Posts a form with a file (<c>enctype="multipart/form-data"</c>) as a browser does: <paramref name="content"/> with
    /// the antiforgery token of the page at <paramref name="page"/> added.
    /// </summary>
    public async Task<HttpResponseMessage> PostFilesAsync(string page, string action, MultipartFormDataContent content)
    {
        var html = await PageAsync(page);
        content.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        return await http.PostAsync(action, content);
    }

    /// <summary>Posts a form as <see cref="PostFormAsync"/> and reads the page it answered or sent to.</summary>
    public async Task<string> SubmitAsync(string page, string action, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await PostFormAsync(page, action, fields);
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            ? await PageAsync(response.Headers.Location!.OriginalString)
            : await response.Content.ReadAsStringAsync();
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("(?<open><form[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Inputs();
}
