using CsvHelper;
using PluginCrm.Host.Export;

namespace PluginCrm.Host.Tests.Export;

public sealed class FormulaInjectionTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1)")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("  =1")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("\n=1")]
    [InlineData("\u0001=1")]
    [InlineData("\u0001 \t@cmd")]
    [InlineData("＝1")]
    [InlineData("＋1")]
    [InlineData("－1")]
    [InlineData("＠cmd")]
    [InlineData("\u3000＝1")] // an ideographic space, as a Chinese input method types it
    [InlineData("\u200B=1")] // a zero-width space: invisible, so skipped like a blank
    [InlineData("\tplain text")] // a leading tab or CR is a cell break in itself (OWASP)
    [InlineData("\rplain text")]
    [InlineData("=HYPERLINK(\"http://evil\",\"click\")")]
    public void Text_a_spreadsheet_would_run_gets_a_single_quote_in_front(string cell) =>
        Assert.Equal("'" + cell, FormulaInjection.Neutralize(cell));

    [Theory]
    [InlineData("Wang Fang")]
    [InlineData("王芳")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Li, \"Lei\"")]
    [InlineData("O'Brien")]
    [InlineData("'=1")] // already text for a spreadsheet
    [InlineData("a=b")]
    [InlineData("1-2")]
    [InlineData("wang.fang@example.com")]
    [InlineData(" Ada\t")]
    public void Other_text_is_left_as_it_is(string cell) =>
        Assert.Equal(cell, FormulaInjection.Neutralize(cell));

    [Fact]
    public void Neutralized_cells_read_back_exactly_through_CsvHelper()
    {
        string[] cells = ["Li, \"Lei\"", "=HYPERLINK(\"http://evil\",\"x\")", "  =1", "\t=1", "\r=1", "two\r\nlines", "王芳", "", "plain"];
        using var stream = new MemoryStream();
        using (var csv = CsvFile.Writer(stream))
        {
            csv.WriteField("cell");
            csv.NextRecord();
            foreach (var cell in cells)
            {
                csv.WriteField(FormulaInjection.Neutralize(cell));
                csv.NextRecord();
            }
        }

        var table = CsvTable.Parse(stream.ToArray());

        Assert.Equal(cells.Select(FormulaInjection.Neutralize), table.Column("cell"));
        Assert.Equal("Li, \"Lei\"", table.Rows[0]["cell"]);
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", table.Rows[1]["cell"]);
    }
}
