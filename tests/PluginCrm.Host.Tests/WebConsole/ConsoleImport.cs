using System.Net;
using System.Text;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>A customers CSV imported through the console's form, as an admin's browser does it, waited for to the end.</summary>
public static class ConsoleImport
{
    /// <summary>Uploads <paramref name="csv"/> with the form's other <paramref name="fields"/>, then reads the run's page until it has finished.</summary>
    public static async Task<(string Run, string Page)> RunAsync(ConsoleBrowser browser, string csv, IReadOnlyDictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "customers.csv" } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        using var started = await browser.PostFilesAsync("/imports", "/imports", form);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var run = started.Headers.Location!.OriginalString;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var page = await browser.PageAsync(run);
            if (!page.Contains("id=\"import-bar\"", StringComparison.Ordinal))
                return (run, page);
            await Task.Delay(100);
        }
        throw new TimeoutException($"the import at {run} did not finish in 10 seconds");
    }
}
