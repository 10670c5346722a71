namespace GaiEval.Scoring.Grounding;

using System.Text.RegularExpressions;

/// <summary>
/// Finds the checkable facts of a text: phone numbers, dates, times, percentages, amounts in yen, office names and the
/// numbers left over. Each character is read through NFKC, so full-width digits and punctuation count as ASCII.
/// </summary>
/// <remarks>
/// Kinds are tried in that order and a later match overlapping an earlier one is dropped, so the 1 of 「4月1日」 or the
/// 300 of 「300円」 is never reported again as a bare number. Office names are a run of kanji or katakana ending in
/// 課, 室, 出張所 or センター; a name that has hiragana right before its ending (こどもセンター) is not found. A number
/// counting the answer's own parts (「3つの案」「2点あります」) is not a fact.
/// </remarks>
public static partial class FactExtractor
{
    private const string Dash = @"[\-\u2010-\u2015\u2212\u30FC\uFF70]";

    public static IReadOnlyList<Fact> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var mapped = NfkcMappedText.Of(text);
        var claimed = new List<(int Start, int End, Fact Fact)>();
        var taken = new bool[mapped.Text.Length];
        foreach ((FactKind kind, Regex pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(mapped.Text))
            {
                int end = match.Index + match.Length;
                if (taken.AsSpan(match.Index, match.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(match.Index, match.Length).Fill(true);
                string written = mapped.Original(match.Index, end);
                claimed.Add((match.Index, end, new Fact(kind, written, FactKeys.Of(kind, match, written))));
            }
        }

        return claimed.OrderBy(span => span.Start).Select(span => span.Fact).ToList();
    }

    private static readonly (FactKind Kind, Regex Pattern)[] Patterns =
    [
        (FactKind.PhoneNumber, PhonePattern()),
        (FactKind.Date, IsoDatePattern()),
        (FactKind.Date, JapaneseDatePattern()),
        (FactKind.Time, TimePattern()),
        (FactKind.Percentage, PercentagePattern()),
        (FactKind.Amount, AmountPattern()),
        (FactKind.Office, OfficePattern()),
        (FactKind.Number, NumberPattern()),
    ];

    [GeneratedRegex(@"(?<![0-9])0[0-9]{1,4}(?:" + Dash + @"[0-9]{1,4}" + Dash + @"|\([0-9]{1,4}\))[0-9]{3,4}(?![0-9])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})(?<sep>[/\-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"(?<![0-9])(?:(?:(?<era>令和|平成|昭和)(?<ey>[0-9]{1,2}|元)|(?<y>[0-9]{4}))年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?")]
    private static partial Regex JapaneseDatePattern();

    [GeneratedRegex(@"(?<ap>午前|午後)?(?<![0-9])(?<h>[0-9]{1,2})(?:時(?!間)(?:(?<mi>[0-9]{1,2})分|(?<half>半))?|:(?<mi>[0-9]{2})(?![0-9]))")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]+(?:\.[0-9]+)?)(?:%|パーセント)")]
    private static partial Regex PercentagePattern();

    [GeneratedRegex(@"(?<![0-9,.])(?<v>(?:[0-9][0-9,]*(?:\.[0-9]+)?[億万千])+(?:[0-9][0-9,]*)?|[0-9][0-9,]*)円")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}々\p{IsKatakana}]+(?:課(?![税題程外])|室(?![内外])|出張所|センター)")]
    private static partial Regex OfficePattern();

    // A count of the answer's own parts (「3つ」「2点」) is its structure, not a fact a passage must state.
    [GeneratedRegex(@"(?>[0-9]+(?:[.,][0-9]+)*)(?![つ点])")]
    private static partial Regex NumberPattern();
}
