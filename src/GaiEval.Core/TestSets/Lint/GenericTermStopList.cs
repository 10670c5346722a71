namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Text;

/// <summary>
/// Words that say nothing about the fact asked for, so that a must_include alternative equal to one of them is met by
/// almost any answer, a wrong or invented one included: copulas and courtesy (です, ください), bare negations with no
/// subject (ありません, できません, 行っていません) and the nouns of any administrative answer (窓口, 申請, 手続き).
/// A required term is specific when it names the fact: 「夜間保育は行っていません」, 「20時15分」, 「出入国在留管理局」.
/// Listed in README (「テストセットの検査（validate）」); compared after <see cref="JapaneseTextNormalizer"/>.
/// </summary>
public static class GenericTermStopList
{
    public static IReadOnlyList<string> Words { get; } =
    [
        "です", "ます", "ください", "はい", "いいえ",
        "ありません", "ございません", "できません", "いません", "しません", "ません",
        "していません", "行っていません", "おこなっていません", "実施していません", "やっていません",
        "受け付けていません", "対応していません", "利用できません", "使えません",
        "窓口", "申請", "手続", "手続き", "届出", "区役所", "問い合わせ", "お問い合わせ", "確認", "必要", "可能",
    ];

    private static readonly HashSet<string> Normalized = new(Words.Select(JapaneseTextNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="term"/>, normalised, is one of <see cref="Words"/>.</summary>
    public static bool Contains(string term) => Normalized.Contains(JapaneseTextNormalizer.Normalize(term));
}
