namespace GaiEval.Providers.Knowledge.Lint;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

/// <summary>
/// A knowledge document as <c>kb lint</c> sees it: every line of the file and its front matter, read more leniently than
/// <see cref="KnowledgeDocumentParser"/> (a missing 所管課 or 更新日 is a finding here, not an error).
/// </summary>
internal sealed record KnowledgeLintDocument(string File, string[] Lines, FrontMatter FrontMatter, IReadOnlyList<DocumentHeading> Headings)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>1-based line of the first line after the front matter.</summary>
    public int BodyStartLine => FrontMatter.ClosingLine + 1;

    /// <summary>The lines after the front matter with their 1-based line numbers.</summary>
    public IEnumerable<(int Line, string Text)> BodyLines =>
        Lines.Skip(FrontMatter.ClosingLine).Select((text, index) => (BodyStartLine + index, text));

    /// <summary>The document, or null with the reasons added to <paramref name="errors"/> (undecodable bytes, broken front matter, malformed values).</summary>
    public static KnowledgeLintDocument? Read(string file, byte[] bytes, List<InputError> errors)
    {
        if (KnowledgeDocumentParser.ReadLines(file, bytes, errors) is not { } lines)
        {
            return null;
        }

        int before = errors.Count;
        FrontMatter? frontMatter = FrontMatter.Parse(file, lines, errors);
        if (frontMatter is null || errors.Count > before)
        {
            return null;
        }

        var document = new KnowledgeLintDocument(file, lines, frontMatter, MarkdownHeadings.Scan(lines[frontMatter.ClosingLine..], frontMatter.ClosingLine + 1));
        document.CheckDate(MetadataKeys.UpdatedOn, errors);
        document.CheckDate(LintKeys.ReferenceDate, errors);
        if (document.Value(MetadataKeys.Sensitivity) is { Length: > 0 } sensitivity && !SensitivityNames.ByName.ContainsKey(sensitivity))
        {
            errors.Add(new InputError(file, document.KeyLine(MetadataKeys.Sensitivity), MetadataKeys.Sensitivity, $"public / internal / confidential のいずれかにしてください: {sensitivity}"));
        }

        return errors.Count > before ? null : document;
    }

    /// <summary>The trimmed value of a front-matter key, or null when the key is absent.</summary>
    public string? Value(string key) =>
        FrontMatter.Entries.FirstOrDefault(entry => entry.Key == key).Value?.Trim();

    /// <summary>The 1-based line of a front-matter key, or 1 when it is absent.</summary>
    public int KeyLine(string key) => FrontMatter.KeyLines.GetValueOrDefault(key, 1);

    /// <summary>A non-empty date value, or null when the key is absent or empty (a malformed date never gets here).</summary>
    public DateOnly? Date(string key) =>
        Value(key) is { Length: > 0 } value ? DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture) : null;

    public KnowledgeLintFinding Finding(int line, IKnowledgeLintRule rule, string message, KnowledgeLintSeverity severity = KnowledgeLintSeverity.Warning) =>
        new(File, line, rule.Name, severity, message);

    private void CheckDate(string key, List<InputError> errors)
    {
        if (Value(key) is { Length: > 0 } value && !DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(new InputError(File, KeyLine(key), key, $"日付は yyyy-MM-dd で書いてください（例: 2026-04-01）: {value}"));
        }
    }
}
