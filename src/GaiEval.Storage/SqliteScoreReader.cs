using GaiEval.Core.Results;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI.Evaluation;

namespace GaiEval.Storage;

/// <summary>
/// Reads a run's scores (as <see cref="StoreSql.SelectScores"/> does) from SQLite's own statement instead of a data reader
/// and a Dapper row: a report reads tens of thousands of score rows whose texts repeat (run, item, provider, evaluator,
/// metric, reasons, metadata), and here each distinct text of a column becomes a string once, found by its UTF-8 bytes, and
/// each distinct metadata or diagnostics JSON is parsed once (the scores that hold the same share it).
/// </summary>
internal sealed class SqliteScoreReader : IDisposable
{
    // StoreSql.SelectScores with the items as the outer loop (CROSS JOIN fixes SQLite's join order): the items come in
    // ordinal order from their index and each item's scores from the scores' unique index, so SQLite sorts each response's
    // few scores, not the whole run's rows (its own plan sorted every score row, columns and all, in a temporary tree).
    private const string SelectScores =
        $"SELECT {ScoreRow.SelectColumns} FROM items i CROSS JOIN scores s ON s.run_id = i.run_id AND s.item_id = i.item_id " +
        "WHERE i.run_id = @RunId ORDER BY i.ordinal, s.provider_id, s.repeat, s.score_id";

    // The columns of ScoreRow.SelectColumns, in their order; checked against the statement when it is prepared.
    private static readonly string[] ColumnNames =
    [
        "RunId", "ItemId", "ProviderId", "Repeat", "Evaluator", "Metric", "Value", "Label", "Reason", "Metadata", "Rating", "Failed",
        "InterpretationReason", "Diagnostics",
    ];

    private readonly SqliteStatement statement;
    private readonly Utf8StringCache[] texts = [.. ColumnNames.Select(_ => new Utf8StringCache())];
    private readonly Dictionary<string, Dictionary<string, string>> metadata = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ScoreDiagnostic[]> diagnostics = new(ReferenceEqualityComparer.Instance);

    public SqliteScoreReader(SqliteConnection connection, string runId)
    {
        statement = new SqliteStatement(connection, SelectScores, runId);
        for (int i = 0; i < ColumnNames.Length; i++)
        {
            if (statement.ColumnName(i) != ColumnNames[i])
            {
                statement.Dispose();
                throw new InvalidOperationException($"The score query's column {i} is not {ColumnNames[i]}.");
            }
        }
    }

    /// <summary>The next score, or null after the last.</summary>
    public ScoreRecord? Read()
    {
        if (!statement.Step())
        {
            return null;
        }

        string? rating = TextOrNull(10);
        string? metadataJson = TextOrNull(9);
        string? diagnosticsJson = TextOrNull(13);
        return new ScoreRecord
        {
            RunId = Text(0),
            ItemId = Text(1),
            ProviderId = Text(2),
            Repeat = checked((int)statement.Int64(3)),
            Evaluator = Text(4),
            Metric = Text(5),
            Value = statement.IsNull(6) ? null : statement.Double(6),
            Label = TextOrNull(7),
            Reason = TextOrNull(8),
            Metadata = metadataJson is null ? null : Metadata(metadataJson),
            Interpretation = rating is null
                ? null
                : new ScoreInterpretation(EnumText<EvaluationRating>.Parse(rating), !statement.IsNull(11) && statement.Int64(11) == 1, TextOrNull(12)),
            Diagnostics = diagnosticsJson is null ? null : Diagnostics(diagnosticsJson),
        };
    }

    public void Dispose() => statement.Dispose();

    private string Text(int column) =>
        TextOrNull(column) ?? throw new InvalidDataException($"The database holds a score whose {ColumnNames[column]} is null.");

    private string? TextOrNull(int column) => statement.IsNull(column) ? null : texts[column].Get(statement.Utf8(column));

    // The same text is the same string (Utf8StringCache), so the parsed JSON is found by reference.
    private Dictionary<string, string> Metadata(string json)
    {
        if (!metadata.TryGetValue(json, out Dictionary<string, string>? parsed))
        {
            metadata[json] = parsed = ScoreRow.ParseMetadata(json);
        }

        return parsed;
    }

    private ScoreDiagnostic[] Diagnostics(string json)
    {
        if (!diagnostics.TryGetValue(json, out ScoreDiagnostic[]? parsed))
        {
            diagnostics[json] = parsed = ScoreRow.ParseDiagnostics(json);
        }

        return parsed;
    }
}
