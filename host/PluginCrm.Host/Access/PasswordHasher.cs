using System.Security.Cryptography;

namespace PluginCrm.Host.Access;

/// <summary>
/// Salted PBKDF2-SHA256 password hashes, stored as <c>pbkdf2-sha256$iterations$salt$hash</c> so the cost can
/// rise later without invalidating old hashes.
/// </summary>
public static class PasswordHasher
{
    private const int SaltBytes = 16, HashBytes = 32;

    public static string Hash(string password, PasswordCost cost)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, cost.Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"pbkdf2-sha256${cost.Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not ["pbkdf2-sha256", var iterations, var salt, var hash] || !int.TryParse(iterations, out var count))
            return false;
        var expected = Convert.FromBase64String(hash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(salt), count, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
