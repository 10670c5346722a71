namespace GaiEval.Tests.Risk;

using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Scoring.Risk;
using GaiEval.Tests.Support;

/// <summary>The 15 hand-made cases of shared/external/jp-id-checkdigit-vectors.jsonl.</summary>
public sealed class IdentificationNumberVectorTests
{
    private const string VectorFile = "jp-id-checkdigit-vectors.jsonl";

    public static TheoryData<int> LineNumbers()
    {
        var lines = new TheoryData<int>();
        if (!RepositoryPaths.HasExternalFolder())
        {
            lines.Add(0);
            return lines;
        }

        for (int line = 1; line <= ReadVectors().Count; line++)
        {
            lines.Add(line);
        }

        return lines;
    }

    [SkippableFact]
    public void The_vector_file_holds_15_cases_of_both_kinds()
    {
        var vectors = ReadVectors();

        Assert.Equal(15, vectors.Count);
        Assert.Contains(vectors, v => v.Kind == "corporate_number");
        Assert.Contains(vectors, v => v.Kind == "my_number");
    }

    [SkippableTheory]
    [MemberData(nameof(LineNumbers))]
    public void Normalises_computes_the_check_digit_and_validates_as_the_vector_says(int line)
    {
        Vector vector = ReadVectors()[line - 1];

        string normalized = IdentificationNumbers.Normalize(vector.Input);
        bool corporate = vector.Kind == "corporate_number";
        int? check = corporate ? IdentificationNumbers.CorporateNumberCheckDigit(normalized) : IdentificationNumbers.MyNumberCheckDigit(normalized);
        bool valid = corporate ? IdentificationNumbers.IsValidCorporateNumber(normalized) : IdentificationNumbers.IsValidMyNumber(normalized);

        Assert.Equal(vector.Normalized, normalized);
        Assert.Equal(vector.ExpectedCheckDigit, check);
        Assert.Equal(vector.Valid, valid);
    }

    [SkippableTheory]
    [MemberData(nameof(LineNumbers))]
    public void The_screen_reports_a_valid_number_with_its_context_word_and_nothing_else(int line)
    {
        Vector vector = ReadVectors()[line - 1];
        bool corporate = vector.Kind == "corporate_number";
        string answer = corporate ? $"当社の法人番号は{vector.Input}です。" : $"あなたのマイナンバーは{vector.Input}です。";

        var findings = new ResponseRiskScreen(new RiskScreenOptions()).Screen(answer);

        var kind = corporate ? RiskFindingKind.CorporateNumber : RiskFindingKind.MyNumber;
        Assert.Equal(vector.Valid, findings.Any(f => f.Kind == kind));
        Assert.All(findings, f => Assert.DoesNotContain(vector.Normalized, IdentificationNumbers.Normalize(f.Message), StringComparison.Ordinal));
    }

    private static List<Vector> ReadVectors() =>
        [.. File.ReadLines(RepositoryPaths.ExternalFile(VectorFile))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<Vector>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"{VectorFile}: empty line object"))];

    private sealed record Vector(
        string Kind,
        string Input,
        string Normalized,
        bool Valid,
        [property: JsonPropertyName("expected_check_digit")] int? ExpectedCheckDigit,
        string Note);
}
