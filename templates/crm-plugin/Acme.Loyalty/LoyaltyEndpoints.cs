using Acme.Loyalty.Balance;
using Microsoft.AspNetCore.Routing;

namespace Acme.Loyalty;

/// <summary>Maps <c>/api/loyalty</c>. Who may see a customer's points is the host's answer: whoever may read the customer.</summary>
public static class LoyaltyEndpoints
{
    public static void MapLoyaltyEndpoints(this IEndpointRouteBuilder api) => api.MapBalance();
}
