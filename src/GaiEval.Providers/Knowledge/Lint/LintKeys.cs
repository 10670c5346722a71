namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>
/// Front-matter keys only <c>kb lint</c> reads. Retrieval ignores them: the chunk metadata line carries only 所管課, 更新日
/// and 対象 (<see cref="HeadingChunker.MetadataLine"/>).
/// </summary>
public static class LintKeys
{
    /// <summary>The date relative time expressions (今年度, 来月 …) refer to, <c>yyyy-MM-dd</c>.</summary>
    public const string ReferenceDate = "基準日";

    /// <summary>Rule names whose findings the document excepts, separated by <c>,</c> or <c>、</c>.</summary>
    public const string Exceptions = "lint除外";

    /// <summary>Why the exceptions are right (required with <see cref="Exceptions"/>).</summary>
    public const string ExceptionReason = "lint除外理由";
}
