using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>
/// The language each user chose, kept with the account so that the console speaks it on every device they sign in
/// from. Which languages exist is the console's business; this only keeps the choice.
/// </summary>
public sealed class UserLanguages(CrmDbContext db)
{
    public Task<string?> OfAsync(long userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Language).SingleOrDefaultAsync(ct);

    public Task SetAsync(long userId, string language, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), ct);
}
