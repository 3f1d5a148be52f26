using System.Security.Cryptography;

namespace PluginCrm.Host.PluginAdmin.Install;

/// <summary>Opens what <c>crm plugins install PATH</c> names, checking the SHA-256 that the admin gave or requires.</summary>
public static class PluginPackages
{
    public static IPluginPackage Open(string path, string? sha256, bool requireSha256)
    {
        if (sha256 is not null && (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit)))
            throw new InstallationException($"--sha256 '{sha256}' is not 64 hexadecimal digits", exitCode: 2);
        if (Directory.Exists(path))
        {
            if (sha256 is not null)
                throw new InstallationException($"--sha256 checks a .zip or .nupkg, and '{path}' is a folder", exitCode: 2);
            if (requireSha256)
                throw new InstallationException("Plugins:Install:RequireSha256 is on: install a .zip or .nupkg with its --sha256, not a folder");
            return new FolderPackage(path);
        }
        if (!File.Exists(path))
            throw new InstallationException($"'{path}': there is no such file or folder", exitCode: 2);
        if (Path.GetExtension(path).ToLowerInvariant() is not (".zip" or ".nupkg"))
            throw new InstallationException($"'{path}' is not a plugin folder, a .zip or a .nupkg", exitCode: 2);
        if (sha256 is null && requireSha256)
            throw new InstallationException("Plugins:Install:RequireSha256 is on: give the package's SHA-256 with --sha256");

        // Read once, into memory: the bytes hashed are the bytes installed, whatever happens to the file meanwhile.
        var bytes = File.ReadAllBytes(path);
        if (sha256 is not null && Convert.ToHexStringLower(SHA256.HashData(bytes)) is var actual && !actual.Equals(sha256, StringComparison.OrdinalIgnoreCase))
            throw new InstallationException($"the SHA-256 of '{path}' is {actual}, not the {sha256.ToLowerInvariant()} given");
        return ArchivePackage.Open(new MemoryStream(bytes, writable: false), path);
    }
}
