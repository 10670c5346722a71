namespace GaiEval.Providers.Knowledge.Lint;

using GaiEval.Core.Inputs;

/// <summary>
/// The rules a document excepts in its front matter: <c>lint除外: 相対時点, 参照</c> (rule names separated by <c>,</c> or
/// <c>、</c>) with a required <c>lint除外理由: …</c>. Excepted findings are not counted but listed with the reason.
/// </summary>
internal sealed record LintExceptions(IReadOnlyList<string> Rules, string Reason, int Line)
{
    private static readonly char[] Separators = [',', '、', '，'];

    public static LintExceptions None { get; } = new([], string.Empty, 0);

    /// <summary>The document's exceptions; <see cref="None"/> with errors added when a name is unknown or the reason is missing.</summary>
    public static LintExceptions Read(KnowledgeLintDocument document, IReadOnlyCollection<string> ruleNames, List<InputError> errors)
    {
        string? value = document.Value(LintKeys.Exceptions);
        string? reason = document.Value(LintKeys.ExceptionReason);
        if (value is null)
        {
            if (reason is not null)
            {
                errors.Add(new InputError(document.File, document.KeyLine(LintKeys.ExceptionReason), LintKeys.ExceptionReason, $"{LintKeys.Exceptions} がないのに理由があります"));
            }

            return None;
        }

        int line = document.KeyLine(LintKeys.Exceptions);
        string[] rules = value.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int before = errors.Count;
        if (rules.Length == 0)
        {
            errors.Add(new InputError(document.File, line, LintKeys.Exceptions, "除外する検査の名前がありません"));
        }

        foreach (string rule in rules.Where(rule => !ruleNames.Contains(rule)))
        {
            errors.Add(new InputError(document.File, line, LintKeys.Exceptions, $"検査の名前ではありません: {rule}（{string.Join("・", ruleNames)} のいずれか）"));
        }

        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new InputError(document.File, line, LintKeys.ExceptionReason, $"{LintKeys.Exceptions} には理由（{LintKeys.ExceptionReason}: …）が必要です"));
        }

        return errors.Count > before ? None : new LintExceptions([.. rules.Distinct(StringComparer.Ordinal)], reason!, line);
    }

    public bool Excepts(string rule) => Rules.Contains(rule, StringComparer.Ordinal);
}
