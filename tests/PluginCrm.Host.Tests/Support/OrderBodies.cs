namespace PluginCrm.Host.Tests.Support;

/// <summary>The body of <c>POST /api/orders</c>: one line, in CNY, under a new number unless one is given.</summary>
public static class OrderBodies
{
    public static object Of(long customerId, string orderedUtc, decimal unitPrice, string description = "tea", int quantity = 1, string? number = null) => new
    {
        number = number ?? $"T-{Guid.NewGuid():N}", customerId, orderedUtc, currency = "CNY", lines = new[] { new { description, quantity, unitPrice } },
    };
}
