namespace GaiEval.Core.Collection;

using GaiEval.Core.Model;
using GaiEval.Core.Running;

/// <summary>
/// The collection sheet of a manual provider: one row per item, the text staff paste into the web service, and the
/// columns they fill in (answer, seconds taken, collector, date; and, when the service shows them, its model and version
/// and the tokens it counted). Column names are the sheet's contract.
/// </summary>
public static class CollectionSheet
{
    public const string ItemId = "項目ID";
    public const string Category = "業務分野";
    public const string Use = "用途";
    public const string TextToPaste = "貼り付ける文章";
    public const string Answer = "回答";
    public const string Seconds = "所要秒数";
    public const string Collector = "収集者";
    public const string CollectedOn = "収集日";
    public const string ModelName = "モデル名・版";
    public const string InputTokens = "入力トークン";
    public const string OutputTokens = "出力トークン";

    /// <summary>The date format the sheet asks for; Excel's yyyy/M/d is read as well.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The columns staff fill in, exported empty.</summary>
    public static IReadOnlyList<string> StaffColumns { get; } = [Answer, Seconds, Collector, CollectedOn];

    /// <summary>Columns staff fill in when the service shows the value; a sheet without them imports as before.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = [ModelName, InputTokens, OutputTokens];

    public static IReadOnlyList<string> Columns { get; } = [ItemId, Category, Use, TextToPaste, .. StaffColumns, .. OptionalColumns];

    /// <summary>The columns an import needs; the others only help staff.</summary>
    public static IReadOnlyList<string> ImportColumns { get; } = [ItemId, .. StaffColumns];

    /// <summary>Every column an import reads: <see cref="ImportColumns"/> (required) and <see cref="OptionalColumns"/>.</summary>
    public static IReadOnlyList<string> ReadColumns { get; } = [.. ImportColumns, .. OptionalColumns];

    /// <summary>
    /// Exactly what staff paste: the profile's system prompt (if any), a blank line, then the user text the runner would
    /// send. A web service's chat box has no system role, so both go into the one message.
    /// </summary>
    public static string PasteText(GoldItem item, string? systemPrompt) =>
        string.Join("\n\n", ItemPrompt.Build(item, systemPrompt).Select(message => message.Text));
}
