namespace GaiEval.Core.TestSets.Lint;

/// <summary>
/// One doubt about the gold data (not a format error): where it is (<paramref name="File"/>, 1-based <paramref name="Line"/>
/// of the item), which item and field, and what to fix, in Japanese.
/// </summary>
public sealed record LintFinding(string File, int Line, string ItemId, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {ItemId}: {Message}";
}
