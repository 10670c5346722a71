namespace GaiEval.Core.Rounds;

using System.Text;
using GaiEval.Core.Inputs;

/// <summary>
/// salt.secret: the salt of a round, kept by the ward until close. Comment lines (#) say not to publish it; the one other
/// line is the salt in hex. Created readable by its owner only (on Unix) and never overwritten.
/// </summary>
public static class RoundSaltFile
{
    private static readonly string[] Header =
    [
        "# gaieval の回のソルト（秘密）。回を閉じる（gaieval round close）まで公開しないでください。",
        "# 閉じる前に知られると、非公開項目を推測して照合できてしまいます。閉じると reveal.json で公開されます。",
        "# この行の下の1行がソルト（32バイトの16進）です。消したり書き換えたりすると、回を検証できなくなります。",
    ];

    public static void Write(string path, ReadOnlySpan<byte> salt)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = string.Join('\n', [.. Header, Convert.ToHexStringLower(salt), string.Empty]);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    /// <exception cref="InputException">The file is missing or holds no salt of 32 bytes.</exception>
    public static byte[] Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "salt", "ソルトのファイルが見つかりません。回を開いた時のフォルダを --dir で指定してください");
        }

        string[] lines = File.ReadAllLines(path);
        var values = lines
            .Select((text, index) => (Text: text.Trim(), Line: index + 1))
            .Where(line => line.Text.Length > 0 && !line.Text.StartsWith('#'))
            .ToList();
        if (values.Count != 1)
        {
            throw new InputException(path, values.Count > 1 ? values[1].Line : 0, "salt", "ソルトの行（# で始まらない行）がちょうど1行であるべきです");
        }

        return HiddenSetCommitment.ParseSalt(values[0].Text)
            ?? throw new InputException(path, values[0].Line, "salt", $"ソルトは {HiddenSetCommitment.SaltLength * 2} 桁の16進で書かれているはずです");
    }
}
