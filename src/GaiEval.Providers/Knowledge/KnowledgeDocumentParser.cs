namespace GaiEval.Providers.Knowledge;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>Turns the bytes of one Markdown file into a <see cref="KnowledgeDocument"/>, adding every problem to the error list.</summary>
internal static class KnowledgeDocumentParser
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The document, or null when it has errors; they are added to <paramref name="errors"/> in line order.</summary>
    /// <param name="file">The path shown in error messages.</param>
    /// <param name="path">The document's path relative to the knowledge folder.</param>
    public static KnowledgeDocument? Parse(string file, string path, byte[] bytes, List<InputError> errors)
    {
        var fileErrors = new List<InputError>();
        KnowledgeDocument? document = ParseFile(file, path, bytes, fileErrors);
        errors.AddRange(fileErrors.OrderBy(error => error.Line));
        return document;
    }

    /// <summary>The file's lines (decoded by <see cref="UserTextFile"/>, CR removed), or null with the error added when it cannot be read.</summary>
    internal static string[]? ReadLines(string file, byte[] bytes, List<InputError> errors)
    {
        try
        {
            return UserTextFile.Decode(file, bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        }
        catch (InputException exception)
        {
            errors.AddRange(exception.Errors);
            return null;
        }
    }

    private static KnowledgeDocument? ParseFile(string file, string path, byte[] bytes, List<InputError> errors)
    {
        if (ReadLines(file, bytes, errors) is not { } lines)
        {
            return null;
        }

        FrontMatter? frontMatter = FrontMatter.Parse(file, lines, errors);
        if (frontMatter is null)
        {
            return null;
        }

        string? department = Required(file, frontMatter, MetadataKeys.Department, errors);
        DateOnly? updatedOn = ParseDate(file, frontMatter, errors);
        Sensitivity sensitivity = ParseSensitivity(file, frontMatter, errors);

        int bodyIndex = frontMatter.ClosingLine;
        while (bodyIndex < lines.Length && string.IsNullOrWhiteSpace(lines[bodyIndex]))
        {
            bodyIndex++;
        }

        string[] bodyLines = lines[bodyIndex..];
        string body = string.Join('\n', bodyLines).TrimEnd();
        if (body.Length == 0)
        {
            errors.Add(new InputError(file, frontMatter.ClosingLine + 1, "本文", "本文がありません"));
        }

        if (errors.Count > 0 || department is null || updatedOn is null)
        {
            return null;
        }

        string? title = Value(frontMatter, MetadataKeys.Title);
        return new KnowledgeDocument
        {
            Path = path,
            Title = string.IsNullOrEmpty(title) ? System.IO.Path.GetFileNameWithoutExtension(path) : title,
            Metadata = frontMatter.Entries,
            Department = department,
            UpdatedOn = updatedOn.Value,
            Audience = Value(frontMatter, MetadataKeys.Audience) is { Length: > 0 } audience ? audience : null,
            Sensitivity = sensitivity,
            Body = body,
            BodyStartLine = bodyIndex + 1,
            Headings = MarkdownHeadings.Scan(bodyLines, bodyIndex + 1),
        };
    }

    private static Sensitivity ParseSensitivity(string file, FrontMatter frontMatter, List<InputError> errors)
    {
        string? value = Value(frontMatter, MetadataKeys.Sensitivity);
        switch (value)
        {
            case null or "" or "public":
                return Sensitivity.Public;
            case "internal":
                return Sensitivity.Internal;
            case "confidential":
                return Sensitivity.Confidential;
            default:
                errors.Add(new InputError(
                    file, frontMatter.KeyLines[MetadataKeys.Sensitivity], MetadataKeys.Sensitivity, $"public / internal / confidential のいずれかにしてください: {value}"));
                return Sensitivity.Public;
        }
    }

    private static string? Value(FrontMatter frontMatter, string key) =>
        frontMatter.Entries.FirstOrDefault(entry => entry.Key == key).Value;

    private static string? Required(string file, FrontMatter frontMatter, string key, List<InputError> errors)
    {
        string? value = Value(frontMatter, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            int line = frontMatter.KeyLines.GetValueOrDefault(key, 1);
            errors.Add(new InputError(file, line, key, value is null ? $"{key} がありません" : $"{key} が空です"));
            return null;
        }

        return value;
    }

    private static DateOnly? ParseDate(string file, FrontMatter frontMatter, List<InputError> errors)
    {
        string? value = Required(file, frontMatter, MetadataKeys.UpdatedOn, errors);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        int line = frontMatter.KeyLines[MetadataKeys.UpdatedOn];
        errors.Add(new InputError(file, line, MetadataKeys.UpdatedOn, $"日付は yyyy-MM-dd で書いてください（例: 2026-04-01）: {value}"));
        return null;
    }
}
