namespace GaiEval.Core.Collection;

using GaiEval.Core.Model;

/// <summary>One exported row of a collection sheet: the item and the exact text to paste.</summary>
public sealed record CollectionSheetRow(string ItemId, string Category, string Use, string TextToPaste)
{
    public static CollectionSheetRow For(GoldItem item, string? systemPrompt) =>
        new(item.Id, item.Category, item.Use, CollectionSheet.PasteText(item, systemPrompt));
}
