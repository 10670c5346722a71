namespace GaiEval.Cli.Console;

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

/// <summary>
/// System.CommandLine's help with its own words in Japanese: the headings (Description, Usage, Arguments, Options,
/// Commands), the usage placeholders, the default-value and required labels, and the help and version options.
/// The help layout is the library's (its builder is internal in 2.0); only its fixed words are replaced.
/// </summary>
internal sealed class JapaneseHelp(HelpAction inner) : SynchronousCommandLineAction
{
    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        ["Description:"] = "説明:",
        ["Usage:"] = "使い方:",
        ["Arguments:"] = "引数:",
        ["Options:"] = "オプション:",
        ["Commands:"] = "コマンド:",
        ["Additional Arguments:"] = "追加の引数:",
    };

    private static readonly (string English, string Japanese)[] Words =
    [
        ("[command]", "[コマンド]"),
        ("[options]", "[オプション]"),
        ("[default: ", "[既定値: "),
        (" (REQUIRED)", "（必須）   "), // the same width on a terminal: the option column stays aligned
        ("<additional arguments>", "<追加の引数>"),
    ];

    public override bool ClearsParseErrors => true;

    /// <summary>Puts the Japanese help and version texts on <paramref name="root"/>'s help and version options.</summary>
    public static void Install(RootCommand root)
    {
        foreach (Option option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction action } help)
            {
                help.Description = "ヘルプ（使い方）を表示します";
                help.Action = new JapaneseHelp(action);
            }
            else if (option is VersionOption version)
            {
                version.Description = "バージョンを表示します";
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        using var english = new StringWriter();
        parseResult.InvocationConfiguration.Output = english;
        try
        {
            inner.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        output.Write(Translate(english.ToString()));
        return ExitCodes.Done;
    }

    public static string Translate(string help)
    {
        string[] lines = help.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (Headings.TryGetValue(line, out string? heading))
            {
                lines[i] = heading;
                continue;
            }

            foreach ((string english, string japanese) in Words)
            {
                lines[i] = lines[i].Replace(english, japanese, StringComparison.Ordinal);
            }
        }

        return string.Join('\n', lines);
    }
}
