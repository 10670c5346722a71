namespace GaiEval.Cli.Console;

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

/// <summary>
/// System.CommandLine's parse errors in Japanese. Version 2.0 has no public hook for its texts (its resources are an
/// internal .resx, and its Japanese set leaves most errors in English), so the parser runs under the invariant UI culture
/// (<see cref="ParserCulture"/>) and its English messages are translated here, each by the form it is made from.
/// </summary>
internal static partial class ParserMessages
{
    private static readonly (Regex English, Func<Match, string> Japanese)[] Forms =
    [
        (new(@"^Required argument missing for option: '(.+)'\.$"), m => $"オプション {m.Groups[1].Value} に値がありません。"),
        (new(@"^Option '(.+)' is required\.$"), m => $"オプション {m.Groups[1].Value} は必須です。"),
        (new(@"^Unrecognized command or argument '(.*)'\.$"), m => $"認識できないコマンドまたは引数です: '{m.Groups[1].Value}'"),
        (new(@"^Required command was not provided\.$"), _ => "コマンドを指定してください。"),
        (new(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'\.", RegexOptions.Singleline),
            m => $"オプション {m.Groups[2].Value} の値 '{m.Groups[1].Value}' を{TypeName(m.Groups[3].Value)}として読めません。"),
        (new(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type '(.+)'\.", RegexOptions.Singleline),
            m => $"コマンド {m.Groups[2].Value} の引数 '{m.Groups[1].Value}' を{TypeName(m.Groups[3].Value)}として読めません。"),
        (new(@"^Cannot parse argument '(.*)' as expected type '(.+)'\.$"), m => $"引数 '{m.Groups[1].Value}' を{TypeName(m.Groups[2].Value)}として読めません。"),
        (new(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline),
            m => $"'{m.Groups[1].Value}' は指定できません。次のいずれかを指定してください:{m.Groups[2].Value}"),
        (new(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$"), m => $"オプション {m.Groups[1].Value} の値は1つだけです（{m.Groups[2].Value} 個指定されています）。"),
        (new(@"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline),
            m => $"'{m.Groups[1].Value}' に当てはまるものがありません。次のどれかですか?{m.Groups[2].Value}"),
        (new(@"^File does not exist: '(.*)'\.$"), m => $"ファイルがありません: '{m.Groups[1].Value}'"),
        (new(@"^Directory does not exist: '(.*)'\.$"), m => $"フォルダーがありません: '{m.Groups[1].Value}'"),
        (new(@"^File or directory does not exist: '(.*)'\.$"), m => $"ファイルまたはフォルダーがありません: '{m.Groups[1].Value}'"),
        (new(@"^Character not allowed in a path: '(.*)'\.$"), m => $"パスに使えない文字です: '{m.Groups[1].Value}'"),
        (new(@"^Character not allowed in a file name: '(.*)'\.$"), m => $"ファイル名に使えない文字です: '{m.Groups[1].Value}'"),
        (new(@"^Response file not found '(.*)'\.$"), m => $"応答ファイルがありません: '{m.Groups[1].Value}'"),
        (new(@"^Error reading response file '(.*)': (.*)$", RegexOptions.Singleline), m => $"応答ファイル '{m.Groups[1].Value}' を読めません: {m.Groups[2].Value}"),
        (new(@"^(.+) option cannot be combined with other arguments\.$"), m => $"{m.Groups[1].Value} はほかの引数と一緒に指定できません。"),
    ];

    /// <summary>One Japanese line per error, each said once, then the hint to --help.</summary>
    public static IReadOnlyList<string> Of(ParseResult parsed)
    {
        List<string> lines = [.. parsed.Errors.Select(Japanese).Concat(OptionsTakenAsArguments(parsed)).Distinct(StringComparer.Ordinal)];
        lines.Add("使い方は --help で表示されます。");
        return lines;
    }

    private static string Japanese(ParseError error)
    {
        // The parser names only the command when an argument is missing; the argument is what the user has to add.
        if (error.SymbolResult is ArgumentResult { Tokens.Count: 0, Parent: CommandResult command } missing
            && error.Message.StartsWith("Required argument missing for command", StringComparison.Ordinal))
        {
            string what = string.IsNullOrEmpty(missing.Argument.Description) ? string.Empty : $"（{missing.Argument.Description}）";
            return $"{CommandPath(command)}: 引数 <{missing.Argument.Name}>{what}がありません。";
        }

        foreach ((Regex english, Func<Match, string> japanese) in Forms)
        {
            Match match = english.Match(error.Message);
            if (match.Success)
            {
                return japanese(match);
            }
        }

        return error.Message;
    }

    /// <summary>
    /// A word starting with '-' that the parser gave to a command's argument (<c>gaieval run --no-such-option</c> would
    /// otherwise read a plan of that name): an unknown option, not a path.
    /// </summary>
    private static IEnumerable<string> OptionsTakenAsArguments(ParseResult parsed) =>
        parsed.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => token.Value.Length > 1 && token.Value[0] == '-' && !char.IsAsciiDigit(token.Value[1]))
            .Select(token => $"認識できないオプションです: '{token.Value}'（{CommandPath(parsed.CommandResult)}）");

    /// <summary>Whether the command line holds a word the parser has no complaint about but <see cref="Of"/> has.</summary>
    public static bool HasOptionsTakenAsArguments(ParseResult parsed) => OptionsTakenAsArguments(parsed).Any();

    private static string CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (SymbolResult? result = command; result is CommandResult c; result = c.Parent)
        {
            names.Push(c.Command is RootCommand ? "gaieval" : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "整数",
        "System.Double" or "System.Decimal" or "System.Single" => "数値",
        "System.Boolean" => "true / false",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "日付",
        _ => type,
    };
}
