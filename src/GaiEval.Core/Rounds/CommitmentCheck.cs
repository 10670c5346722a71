namespace GaiEval.Core.Rounds;

using GaiEval.Core.Model;

/// <summary>The recomputation of a commitment from a salt and a test set: verified only when nothing differs.</summary>
public sealed record CommitmentCheck(string Commitment, string Recomputed, int HiddenItems, int CurrentHiddenItems, IReadOnlyList<string> Mismatches)
{
    public bool Verified => Mismatches.Count == 0;

    /// <summary>Recomputes <paramref name="commitment"/> from the salt and the hidden items of <paramref name="items"/>.</summary>
    public static CommitmentCheck Run(RoundCommitment commitment, ReadOnlySpan<byte> salt, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(items);
        IReadOnlyList<GoldItem> committed = commitment.Committed(items);
        string recomputed = HiddenSetCommitment.Commit(salt, committed);
        int current = HiddenSetCommitment.HiddenItems(committed).Count;
        List<string> mismatches = [];
        if (current != commitment.HiddenItems)
        {
            mismatches.Add($"非公開項目の数が違います: 公表 {commitment.HiddenItems} 件、現在 {current} 件");
        }

        if (!string.Equals(recomputed, commitment.Commitment, StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add($"コミットメントが一致しません: 公表 {commitment.Commitment}、再計算 {recomputed}");
        }

        return new CommitmentCheck(commitment.Commitment, recomputed, commitment.HiddenItems, current, mismatches);
    }

    /// <summary>The check of a third party: the reveal must belong to the commitment, and the set must give both hashes.</summary>
    public static CommitmentCheck Run(RoundCommitment commitment, RoundReveal reveal, byte[] salt, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(reveal);
        CommitmentCheck check = Run(commitment, salt, items);
        List<string> mismatches = [];
        if (!string.Equals(reveal.Round, commitment.Round, StringComparison.Ordinal))
        {
            mismatches.Add($"回の名前が違います: commitment.json「{commitment.Round}」、reveal.json「{reveal.Round}」");
        }

        if (!string.Equals(reveal.Commitment, commitment.Commitment, StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add($"reveal.json のコミットメント {reveal.Commitment} が commitment.json の {commitment.Commitment} と違います");
        }

        if (reveal.HiddenItems != commitment.HiddenItems)
        {
            mismatches.Add($"reveal.json の非公開項目数 {reveal.HiddenItems} が commitment.json の {commitment.HiddenItems} と違います");
        }

        string canonical = HiddenSetCommitment.CanonicalHash(items);
        if (!string.Equals(reveal.CanonicalSha256, canonical, StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add($"正規形の SHA-256 が一致しません: reveal.json {reveal.CanonicalSha256}、再計算 {canonical}");
        }

        return check with { Mismatches = [.. mismatches, .. check.Mismatches] };
    }
}
