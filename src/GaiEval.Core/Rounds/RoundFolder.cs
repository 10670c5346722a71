namespace GaiEval.Core.Rounds;

using GaiEval.Core.Inputs;

/// <summary>The files of one round: <c>DIR/NAME/commitment.json</c>, <c>salt.secret</c> and, once closed, <c>reveal.json</c>.</summary>
public sealed record RoundFolder(string Name, string Path)
{
    public const string DefaultParent = "reports/rounds";

    public string CommitmentFile => System.IO.Path.Combine(Path, "commitment.json");

    public string SaltFile => System.IO.Path.Combine(Path, "salt.secret");

    public string RevealFile => System.IO.Path.Combine(Path, "reveal.json");

    /// <summary>round-run.json: the round's official run (<see cref="RoundRun"/>).</summary>
    public string RunFile => System.IO.Path.Combine(Path, "round-run.json");

    /// <summary>canary.json: the canary planted in the published public items.</summary>
    public string CanaryFile => System.IO.Path.Combine(Path, "canary.json");

    /// <summary>completion.json: the verbatim-completion probes sent to the endpoints.</summary>
    public string CompletionFile => System.IO.Path.Combine(Path, "completion.json");

    /// <summary>exposed.json: the hidden items this round sent to a submitted endpoint, which later rounds leave out.</summary>
    public string ExposedFile => System.IO.Path.Combine(Path, Exposure.ExposureRegistry.FileName);

    /// <summary>The public items as published to vendors (with the canary).</summary>
    public string PublicFolder => System.IO.Path.Combine(Path, "public");

    /// <summary>Everything meant for vendors: the leaderboard and one feedback file per submission; never hidden or private text.</summary>
    public string VendorFolder => System.IO.Path.Combine(Path, "vendor");

    /// <summary>The ward's own reports of the round (every split, every answer).</summary>
    public string WardFolder => System.IO.Path.Combine(Path, "ward");

    /// <exception cref="InputException">The name is not usable as one folder name.</exception>
    public static RoundFolder For(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.') || name.Trim() != name ||
            name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/', StringComparison.Ordinal) ||
            name.Contains('\\', StringComparison.Ordinal))
        {
            throw new InputException("--round", 0, "round", $"回の名前はフォルダ名に使える文字で書いてください（/ や \\、先頭の . 、前後の空白は使えません）: 「{name}」");
        }

        return new RoundFolder(name, System.IO.Path.GetFullPath(System.IO.Path.Combine(parent, name)));
    }
}
