using Acme.Loyalty.Balance;
using Acme.Loyalty.Grants;
using Microsoft.AspNetCore.Routing;

namespace Acme.Loyalty;

/// <summary>Maps <c>/api/loyalty</c>. Who may see or give a customer's points is the host's answer: whoever may read, or change, the customer.</summary>
public static class LoyaltyEndpoints
{
    public static void MapLoyaltyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapBalance();
        api.MapSummary();
        api.MapGrants();
    }
}
