namespace GaiEval.Core.Collection;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;

/// <summary>
/// Checks a collected sheet against a stored run and turns it into the manual provider's responses (repeat 1): an
/// answer per filled row, with the recorded seconds as latency and estimated tokens, and a withheld record for every
/// item above the provider's clearance that is not stored yet. An item already stored is refused, never counted twice.
/// </summary>
public sealed class ManualImport(
    string runId, ProviderProfile provider, IReadOnlyList<GoldItem> items, IReadOnlySet<ResponseKey> stored, TimeZoneInfo? timeZone = null)
{
    /// <summary>The model recorded with collected answers: the web service does not say which model answered.</summary>
    public const string Model = "manual";

    /// <summary>Manual answers are collected once per item.</summary>
    public const int Repeat = 1;

    private readonly Dictionary<string, GoldItem> itemsById = items.ToDictionary(item => item.Id, StringComparer.Ordinal);
    private readonly TimeZoneInfo zone = timeZone ?? TimeZoneInfo.Local;

    /// <exception cref="InputException">Every problem of the sheet and of its rows against the run; nothing is to be stored.</exception>
    public ManualImportBatch Prepare(CollectedSheet sheet, TokenCounter tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(tokens);
        var errors = new List<InputError>(sheet.Errors);
        DateOnly today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (CollectedRow row in sheet.Rows.Where(row => row.ItemId.Length > 0))
        {
            foreach ((string field, string message) in Problems(row, today))
            {
                errors.Add(new InputError(sheet.File, row.Line, field, message + row.Where));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException([.. errors.OrderBy(error => error.Line)]);
        }

        return new ManualImportBatch(
            [.. sheet.Rows.Select(row => Answered(row, tokens))],
            [.. items.Where(item => IsWithheld(item) && !stored.Contains(Key(item.Id))).Select(item => Withheld(item, now))],
            sheet.UncollectedRows);
    }

    private IEnumerable<(string Field, string Message)> Problems(CollectedRow row, DateOnly today)
    {
        if (ItemProblem(row.ItemId) is { } problem)
        {
            yield return (CollectionSheet.ItemId, problem);
        }

        if (row.CollectedOn is { } date && date > today)
        {
            yield return (CollectionSheet.CollectedOn, $"収集日 {date.ToString(CollectionSheet.DateFormat, CultureInfo.InvariantCulture)} は未来の日付です");
        }
    }

    private string? ItemProblem(string itemId) =>
        !itemsById.TryGetValue(itemId, out GoldItem? item)
            ? $"実行 {runId} にない項目です。この実行の計画から書き出したシートか確かめてください"
        : IsWithheld(item)
            ? $"機密区分 {Name(item.Sensitivity)} の項目です。提供先 {provider.Id} に送れるのは {Name(ClearancePolicy.Ceiling(provider))} までなので、回答は取り込めません"
        : stored.Contains(Key(itemId))
            ? $"提供先 {provider.Id} のこの項目はすでに取り込み済みです。二重に数えないよう、取り込み済みの行はシートから消して取り込んでください"
        : null;

    /// <summary>A checked row: the sheet reported every row that is not complete, so none is left here.</summary>
    private ResponseRecord Answered(CollectedRow row, TokenCounter tokens)
    {
        if (row is not { IsComplete: true, Answer: { } answer, Seconds: { } seconds, CollectedOn: { } date })
        {
            throw new InvalidOperationException($"Row {row.Line} of the sheet is incomplete but was not reported.");
        }

        GoldItem item = itemsById[row.ItemId];
        DateTime midnight = date.ToDateTime(TimeOnly.MinValue);
        var collected = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
        return Record(item.Id, ResponseStatus.Ok, collected) with
        {
            Text = answer,
            Attempts = 1,
            LatencyMs = seconds * 1000,
            TotalMs = seconds * 1000,
            InputTokens = row.Tokens?.Input ?? ItemPrompt.Build(item, provider.SystemPrompt).Sum(message => tokens.Count(message.Text)),
            OutputTokens = row.Tokens?.Output ?? tokens.Count(answer),
            TokenSource = row.Tokens is null ? TokenSource.Estimated : TokenSource.Reported,
            Tokenizer = row.Tokens is null ? tokens.Tokenizer : null,
            Model = row.ModelName ?? Model,
        };
    }

    private ResponseRecord Withheld(GoldItem item, DateTimeOffset now) =>
        Record(item.Id, ResponseStatus.Withheld, now) with
        {
            Error = $"機密区分 {Name(item.Sensitivity)} の項目は、送信可能な区分が {Name(ClearancePolicy.Ceiling(provider))} までの提供先には送っていません（収集シートにも載せていません）。",
        };

    private ResponseRecord Record(string itemId, ResponseStatus status, DateTimeOffset at) => new()
    {
        RunId = runId,
        ItemId = itemId,
        ProviderId = provider.Id,
        Repeat = Repeat,
        Status = status,
        StartedAt = at,
        FinishedAt = at,
    };

    private bool IsWithheld(GoldItem item) => !ClearancePolicy.MayReceive(provider, item.Sensitivity);

    private ResponseKey Key(string itemId) => new(itemId, provider.Id, Repeat);

    private static string Name(Sensitivity sensitivity) => SensitivityNames.Name(sensitivity);
}
