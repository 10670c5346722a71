namespace GaiEval.Tests.Kpi.Wire;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Import;
using GaiEval.Tests.Kpi.Import;

/// <summary>The eligible staff CSV (department,eligible): encodings, header and row errors with file:line: column.</summary>
public sealed class EligibleStaffCsvReaderTests : IDisposable
{
    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_utf8_with_a_bom_in_any_column_order_skipping_blank_lines()
    {
        string path = folder.WriteWithBom("eligible.csv", "eligible,department\r\n95,区民課\r\n\r\n0,ＤＸ推進課\r\n");

        Assert.Equal(new Dictionary<string, int> { ["区民課"] = 95, ["DX推進課"] = 0 }, EligibleStaffCsvReader.Read(path));
    }

    [Fact]
    public void Reads_cp932()
    {
        string path = folder.WriteCp932("eligible.csv", "department,eligible\r\n介護保険課,55\r\n");

        Assert.Equal(new Dictionary<string, int> { ["介護保険課"] = 55 }, EligibleStaffCsvReader.Read(path));
    }

    [Fact]
    public void Reports_every_bad_row_at_once()
    {
        string path = folder.Write("eligible.csv", "department,eligible\n総務課,1.5\n,3\n税務課,80\n税務課,80\n保育課,\n");

        var error = Assert.Throws<InputException>(() => EligibleStaffCsvReader.Read(path));

        Assert.Equal(
            [$"{path}:2: eligible:", $"{path}:3: department:", $"{path}:5: department:", $"{path}:6: eligible:"],
            error.Errors.Select(e => $"{e.File}:{e.Line}: {e.Field}:"));
    }

    [Theory]
    [InlineData("所属,人数\n総務課,50\n", 1, "見出し行は「department,eligible」")]
    [InlineData("", 0, "ファイルが空です")]
    [InlineData("department,eligible\n", 1, "所属の行がありません")]
    public void Rejects_a_file_without_the_header_or_without_a_department(string text, int line, string message)
    {
        string path = folder.Write("eligible.csv", text);

        InputError error = Assert.Single(Assert.Throws<InputException>(() => EligibleStaffCsvReader.Read(path)).Errors);

        Assert.Equal((line, "csv"), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
