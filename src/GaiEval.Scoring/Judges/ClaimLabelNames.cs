namespace GaiEval.Scoring.Judges;

/// <summary>The names of <see cref="ClaimLabel"/> in a judge's JSON reply, and their Japanese wording for reviewers.</summary>
public static class ClaimLabelNames
{
    public const string Supported = "supported";

    public const string Contradicted = "contradicted";

    public const string Unsupported = "unsupported";

    /// <summary>"supported / contradicted / unsupported", for prompts and problems.</summary>
    public const string Choices = $"{Supported} / {Contradicted} / {Unsupported}";

    public static string Name(ClaimLabel label) => label switch
    {
        ClaimLabel.Supported => Supported,
        ClaimLabel.Contradicted => Contradicted,
        _ => Unsupported,
    };

    public static string Japanese(ClaimLabel label) => label switch
    {
        ClaimLabel.Supported => "資料に裏付けあり",
        ClaimLabel.Contradicted => "資料と矛盾",
        _ => "資料に記載なし",
    };

    /// <summary>Reads a name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? name, out ClaimLabel label)
    {
        label = default;
        switch (name?.Trim().ToLowerInvariant())
        {
            case Supported:
                label = ClaimLabel.Supported;
                return true;
            case Contradicted:
                label = ClaimLabel.Contradicted;
                return true;
            case Unsupported:
                label = ClaimLabel.Unsupported;
                return true;
            default:
                return false;
        }
    }
}
