namespace GaiEval.Scoring.Grounding;

using GaiEval.Core.Text;

/// <summary>
/// Flags, without a judge, the facts of an answer (numbers, dates, times, amounts, phone numbers, percentages, office
/// names) that none of the retrieved passages states.
/// </summary>
/// <remarks>
/// A fact is supported when a passage contains it after <see cref="JapaneseTextNormalizer"/> on both sides, with the
/// digit boundaries of <see cref="PhraseSearch.Contains"/> (300円 is not found in 1,300円), or when a passage states the
/// same value in another form (令和8年4月1日 for 2026-04-01, 8:30 for 8時30分, 30,000円 for 3万円). A date without a
/// year is supported by the same day in any year; a date with a year needs that year.
/// </remarks>
public static class UnsupportedFactCheck
{
    public static IReadOnlyList<UnsupportedFact> Find(string? answer, IReadOnlyList<string> passages) =>
        Check(ClaimSplitter.Split(answer), passages).Unsupported;

    /// <summary>Checks claims already split (<see cref="ClaimSplitter"/>) and also counts the facts it checked.</summary>
    public static FactCheckResult Check(IReadOnlyList<string> claims, IReadOnlyList<string> passages)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(passages);
        var normalizedPassages = passages.Select(JapaneseTextNormalizer.Normalize).ToList();
        var passageValues = new HashSet<(FactKind, string)>();
        foreach (Fact fact in passages.SelectMany(FactExtractor.Extract))
        {
            passageValues.Add((fact.Kind, fact.Key));
            if (fact.Kind == FactKind.Date)
            {
                passageValues.Add((fact.Kind, FactKeys.WithoutYear(fact.Key)));
            }
        }

        var findings = new List<UnsupportedFact>();
        int checkedFacts = 0;
        foreach (string claim in claims)
        {
            foreach (Fact fact in FactExtractor.Extract(claim))
            {
                checkedFacts++;
                string needle = JapaneseTextNormalizer.Normalize(fact.Text);
                bool stated = passageValues.Contains((fact.Kind, fact.Key))
                    || normalizedPassages.Any(passage => PhraseSearch.ContainsNormalized(passage, needle));
                if (!stated)
                {
                    findings.Add(new UnsupportedFact(fact.Kind, fact.Text, claim));
                }
            }
        }

        return new FactCheckResult(findings, checkedFacts);
    }
}
