using System.Net.Http.Headers;
using System.Text;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>POSTs one signed delivery and says what came of it; any 2xx is success, anything else (or no answer) a failure.</summary>
public sealed class WebhookClient(IHttpClientFactory clients, TimeProvider time)
{
    public async Task<AttemptOutcome> PostAsync(string url, string secret, string eventId, string body, CancellationToken ct)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, eventId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, eventId, timestamp, body));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var started = time.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(WebhookHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var ok = response.IsSuccessStatusCode;
            return new AttemptOutcome((int)response.StatusCode, Elapsed(started), ok, ok ? null : $"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or TaskCanceledException or WebhookAddressException)
        {
            var reason = ex is TaskCanceledException ? "no answer in time" : (ex.InnerException as WebhookAddressException)?.Message ?? ex.Message;
            return new AttemptOutcome(null, Elapsed(started), false, reason);
        }
    }

    private int Elapsed(long started) => (int)Math.Min(int.MaxValue, time.GetElapsedTime(started).TotalMilliseconds);
}
