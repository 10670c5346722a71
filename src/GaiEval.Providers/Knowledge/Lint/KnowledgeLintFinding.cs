namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>One doubt about a knowledge document: where (<paramref name="File"/>, 1-based <paramref name="Line"/>), which rule, and what to fix, in Japanese.</summary>
public sealed record KnowledgeLintFinding(string File, int Line, string Rule, KnowledgeLintSeverity Severity, string Message)
{
    public string SeverityLabel => Severity == KnowledgeLintSeverity.Warning ? "警告" : "注意";

    public override string ToString() => $"{File}:{Line}: {Rule}: {SeverityLabel}: {Message}";
}
