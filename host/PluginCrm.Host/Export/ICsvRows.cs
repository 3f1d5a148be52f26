namespace PluginCrm.Host.Export;

/// <summary>Rows chosen for an export, ready to be written.</summary>
public interface ICsvRows
{
    /// <summary>Writes the header and every row to <paramref name="output"/> (left open); returns the number of rows.</summary>
    Task<int> WriteAsync(Stream output, CancellationToken cancellationToken);
}
