namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Tests.Support;
using System.Text.Json;
using GaiEval.Scoring.Lexical;
using static GaiEval.Tests.Scoring.ScoringTestKit;

/// <summary>The 23 hand-made cases of shared/external/scorer-test-vectors.jsonl, JGLUE columns.</summary>
public sealed class CharacterF1VectorTests
{
    private const string VectorFile = "scorer-test-vectors.jsonl";

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        if (!RepositoryPaths.HasExternalFolder())
        {
            names.Add("(shared/external absent: skipped)");
            return names;
        }

        foreach (Vector vector in ReadVectors())
        {
            names.Add(vector.Case);
        }

        return names;
    }

    [SkippableFact]
    public void The_vector_file_holds_23_distinct_cases()
    {
        var vectors = ReadVectors();

        Assert.Equal(23, vectors.Count);
        Assert.Equal(23, vectors.Select(v => v.Case).Distinct().Count());
    }

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public void Reproduces_the_jglue_char_f1_column(string caseName)
    {
        Vector vector = ReadVectors().Single(v => v.Case == caseName);

        double score = CharacterF1.MaxScore(vector.Prediction, vector.Golds);

        Assert.Equal(vector.JglueCharF1, Math.Round(score, 6));
    }

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public void Reproduces_the_jglue_em_column(string caseName)
    {
        Vector vector = ReadVectors().Single(v => v.Case == caseName);

        bool exact = CharacterF1.MaxExactMatch(vector.Prediction, vector.Golds);

        Assert.Equal(vector.JglueEm, exact ? 1.0 : 0.0);
    }

    private static List<Vector> ReadVectors() =>
        [.. File.ReadLines(RepositoryPaths.ExternalFile(VectorFile))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<Vector>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"{VectorFile}: empty line object"))];

    private sealed record Vector(
        string Case,
        string Prediction,
        string[] Golds,
        [property: System.Text.Json.Serialization.JsonPropertyName("jglue_em")] double JglueEm,
        [property: System.Text.Json.Serialization.JsonPropertyName("jglue_char_f1")] double JglueCharF1);
}
