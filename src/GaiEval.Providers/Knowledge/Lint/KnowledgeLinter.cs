namespace GaiEval.Providers.Knowledge.Lint;

using GaiEval.Core.Inputs;

/// <summary>
/// <c>kb lint</c>: the wards' advice on preparing data for RAG as checks of every <c>*.md</c> below a knowledge folder
/// (the same files <see cref="KnowledgeBaseLoader"/> reads). Throws <see cref="InputException"/> when the folder or a
/// document cannot be read (no folder, no documents, not UTF-8, broken front matter, malformed dates or exceptions).
/// </summary>
public static class KnowledgeLinter
{
    private const string UnusedExceptionRule = LintKeys.Exceptions;

    private static readonly IReadOnlyList<IKnowledgeLintRule> Rules =
    [
        new FrontMatterFieldRule(),
        new StaleDocumentRule(),
        new StructureRule(),
        new RelativeTimeRule(),
        new DanglingReferenceRule(),
        new UnreadableContentRule(),
        new PersonalDataRule(),
    ];

    private static readonly string[] RuleNames = [.. Rules.Select(rule => rule.Name)];

    /// <summary>Each rule's name and one line of Japanese help, in check order.</summary>
    public static IReadOnlyList<(string Name, string Help)> RuleHelp { get; } = [.. Rules.Select(rule => (rule.Name, rule.Help))];

    public static KnowledgeLintResult Lint(string folder, KnowledgeLintOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<InputError>();
        var findings = new List<KnowledgeLintFinding>();
        var excepted = new List<ExceptedFinding>();
        string[] paths = KnowledgeBaseLoader.FindDocuments(folder);
        foreach (string path in paths)
        {
            string file = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            var fileErrors = new List<InputError>();
            KnowledgeLintDocument? document = ReadBytes(file, fileErrors) is { } bytes ? KnowledgeLintDocument.Read(file, bytes, fileErrors) : null;
            LintExceptions exceptions = document is null ? LintExceptions.None : LintExceptions.Read(document, RuleNames, fileErrors);
            errors.AddRange(fileErrors.OrderBy(error => error.Line));
            if (document is null || fileErrors.Count > 0)
            {
                continue;
            }

            var documentFindings = Rules.SelectMany(rule => rule.Check(document, options)).OrderBy(finding => finding.Line).ToList();
            findings.AddRange(documentFindings.Where(finding => !exceptions.Excepts(finding.Rule)));
            excepted.AddRange(documentFindings.Where(finding => exceptions.Excepts(finding.Rule)).Select(finding => new ExceptedFinding(finding, exceptions.Reason)));
            findings.AddRange(exceptions.Rules
                .Where(rule => !documentFindings.Any(finding => finding.Rule == rule))
                .Select(rule => new KnowledgeLintFinding(
                    file, exceptions.Line, UnusedExceptionRule, KnowledgeLintSeverity.Notice, $"「{rule}」の指摘はありません。不要な除外なら削除してください")));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new KnowledgeLintResult(paths.Length, findings, excepted);
    }

    private static byte[]? ReadBytes(string file, List<InputError> errors)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(file, 0, "knowledge", $"文書を読めません: {e.Message}"));
            return null;
        }
    }
}
