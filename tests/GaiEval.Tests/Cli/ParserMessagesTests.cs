namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>The parser's own words (errors, help headings) are Japanese whatever LANG says, and command-line mistakes exit 2.</summary>
public sealed class ParserMessagesTests : IDisposable
{
    private static readonly string[] EnglishWords =
        ["Usage:", "Options:", "Arguments:", "Commands:", "Description:", "Show help", "[options]", "[command]", "default:", "REQUIRED", "Required", "Unrecognized"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Languages => new() { "C.UTF-8", "ja_JP.UTF-8", "en_US.UTF-8" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task An_unknown_option_is_named_in_Japanese_and_exits_2(string lang)
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, Lang(lang), "run", "--no-such-option");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("認識できないオプションです: '--no-such-option'", cli.Error, StringComparison.Ordinal);
        Assert.Contains("--help", cli.Error, StringComparison.Ordinal);
        AssertNoEnglish(cli.Error);
        Assert.False(Directory.Exists(folder.File("reports")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Missing_arguments_are_each_named_once_in_Japanese_and_exit_2(string lang)
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, Lang(lang), "review", "import");

        Assert.Equal(2, cli.ExitCode);
        string[] lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("gaieval review import: 引数 <RUN_ID>", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("gaieval review import: 引数 <FILE>", StringComparison.Ordinal));
        AssertNoEnglish(cli.Error);
    }

    [Fact]
    public async Task A_required_option_and_an_unknown_command_are_Japanese_and_exit_2()
    {
        using CliProcess option = await CliProcess.RunAsync(folder.Path, "collect", "import", "sheet.csv", "--run");
        using CliProcess command = await CliProcess.RunAsync(folder.Path, "nosuch");

        Assert.Equal((2, 2), (option.ExitCode, command.ExitCode));
        Assert.Contains("オプション --run に値がありません。", option.Error, StringComparison.Ordinal);
        Assert.Contains("オプション --provider は必須です。", option.Error, StringComparison.Ordinal);
        Assert.Contains("認識できないコマンドまたは引数です: 'nosuch'", command.Error, StringComparison.Ordinal);
        AssertNoEnglish(option.Error + command.Error);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Help_headings_are_Japanese(string lang)
    {
        using CliProcess root = await CliProcess.RunAsync(folder.Path, Lang(lang), "--help");
        using CliProcess import = await CliProcess.RunAsync(folder.Path, Lang(lang), "collect", "import", "--help");

        Assert.Equal((0, 0), (root.ExitCode, import.ExitCode));
        foreach (string heading in new[] { "説明:", "使い方:", "オプション:", "コマンド:" })
        {
            Assert.Contains(heading + "\n", root.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        Assert.Contains("引数:\n", import.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("--run <RUN_ID>（必須）", import.Output, StringComparison.Ordinal);
        Assert.Contains("[既定値: reports]", import.Output, StringComparison.Ordinal);
        Assert.Contains("GAIEVAL_DB", import.Output, StringComparison.Ordinal);
        Assert.Contains("ヘルプ（使い方）を表示します", root.Output, StringComparison.Ordinal);
        AssertNoEnglish(root.Output + import.Output);
    }

    [Fact]
    public async Task Top_level_help_lists_every_exit_code()
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "--help");

        string codes = cli.Output.Split('\n').First(l => l.Contains("終了コード:", StringComparison.Ordinal)); // the tool's own, before the commands' lines
        foreach (string code in new[] { "0 完了", "1 判定NO-GO", "2 入力の誤り", "3 判定保留", "4 提供先で失敗", "70 内部エラー", "130 中断" })
        {
            Assert.Contains(code, codes, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Lang(string lang) => new() { ["LANG"] = lang, ["LC_ALL"] = lang };

    private static void AssertNoEnglish(string text)
    {
        foreach (string word in EnglishWords)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }
}
