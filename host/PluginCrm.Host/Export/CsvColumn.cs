using CsvHelper;

namespace PluginCrm.Host.Export;

/// <summary>One column of an export: its header and how a record's value is written as the cell.</summary>
public sealed record CsvColumn<T>(string Header, Action<CsvWriter, T> Write);
