namespace GaiEval.Core.Rounds.Leaderboard;

using System.Net;
using System.Text.RegularExpressions;
using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// Defence in depth before anything is written for vendors: a text must contain none of the hidden and private items'
/// questions, contexts, references and rubric points. Sources are not guarded: knowledge files reach vendors through
/// RAG anyway, and a source's path is no secret. Texts are compared after HTML entities and Markdown
/// backslash escapes are undone and both sides are normalised (<see cref="JapaneseTextNormalizer"/>); item texts
/// shorter than <see cref="MinimumLength"/> characters after normalisation are skipped (they would match by chance), and
/// so is a text that is also a public item's text (a knowledge file both splits cite is published with the public items).
/// </summary>
public sealed partial class VendorLeakGuard
{
    public const int MinimumLength = 8;

    private readonly IReadOnlyList<(string ItemId, string Field, string Text)> secrets;

    private VendorLeakGuard(IReadOnlyList<(string ItemId, string Field, string Text)> secrets)
    {
        this.secrets = secrets;
    }

    /// <summary>How many item texts are guarded.</summary>
    public int Count => secrets.Count;

    public static VendorLeakGuard For(IEnumerable<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        List<GoldItem> all = [.. items];
        HashSet<string> published = [.. all.Where(i => i.Split == ItemSplit.Public).SelectMany(Texts).Select(f => f.Text)];
        List<(string ItemId, string Field, string Text)> secrets = [.. all
            .Where(i => i.Split is ItemSplit.Hidden or ItemSplit.Private)
            .SelectMany(item => Texts(item).Select(f => (item.Id, f.Field, f.Text)))
            .Where(f => f.Text.Length >= MinimumLength && !published.Contains(f.Text))];
        return new VendorLeakGuard(secrets);
    }

    private static IEnumerable<(string Field, string Text)> Texts(GoldItem item)
    {
        IEnumerable<(string Field, string? Text)> fields =
        [
            ("question", item.Question),
            ("context", item.Context),
            ("reference", item.Reference),
            .. item.Rubric.Select(r => ("rubric", (string?)r)),
        ];
        return fields.Select(f => (f.Field, JapaneseTextNormalizer.Normalize(f.Text)));
    }

    /// <summary>The first hidden or private text found in <paramref name="text"/>; null when there is none.</summary>
    public LeakFinding? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string plain = JapaneseTextNormalizer.Normalize(MarkdownEscape().Replace(WebUtility.HtmlDecode(text), "$1"));
        foreach ((string itemId, string field, string secret) in secrets)
        {
            if (plain.Contains(secret, StringComparison.Ordinal))
            {
                return new LeakFinding(itemId, field);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|~<>])")]
    private static partial Regex MarkdownEscape();
}
