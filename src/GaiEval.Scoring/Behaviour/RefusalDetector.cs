namespace GaiEval.Scoring.Behaviour;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>Decides whether a response declines to answer (Japanese and English), and names the phrase that decided it.</summary>
/// <remarks>
/// The rule, applied to the NFKC form of the text:
/// <list type="number">
/// <item>An explicit refusal phrase anywhere (お答えできません, 回答を控え…, 分かりかねます, 提供できません, 個人情報のため,
/// 申し訳ありませんが…できません, I can't help, I'm unable to …) makes it a refusal, whatever else the text says.</item>
/// <item>Otherwise, referral clauses (…にお問い合わせください, …でご確認ください, please contact …) and
/// "nothing found" sentences (該当する情報が見つかりません, 記載がありません, わかりません) are removed. A referral clause runs from
/// the last 、 or , before the referral to the end of its sentence, so 「手数料は300円ですが、詳しくは…にお問い合わせください」 keeps
/// 「手数料は300円ですが」. Courtesy phrases (申し訳ありませんが, ご質問ありがとうございます, 恐れ入りますが) are removed too.</item>
/// <item>If something was removed and what remains has fewer than <see cref="MinimumContentCharacters"/> content characters
/// (kanji, katakana, Latin letters, digits; hiragana and punctuation are grammar, not content) and no sentence that opens
/// with はい or いいえ, the referral stands in for an answer: a refusal. Otherwise it is an answer.</item>
/// </list>
/// Known limits: an answer whose whole content is a referral (a question that asks where to apply) counts as a refusal;
/// 「申し訳ありませんが、代理人による申請はできません」 counts as a refusal although it answers.
/// </remarks>
public static partial class RefusalDetector
{
    /// <summary>Fewest content characters that make the rest of a referral text a substantive answer (「300円です」 has 4).</summary>
    public const int MinimumContentCharacters = 4;

    public static RefusalDetection Detect(string? text)
    {
        string nfkc = (text ?? string.Empty).Normalize(NormalizationForm.FormKC);
        foreach (Regex pattern in ExplicitRefusals)
        {
            Match refusal = pattern.Match(nfkc);
            if (refusal.Success)
            {
                return new RefusalDetection(RefusalKind.ExplicitRefusal, refusal.Value);
            }
        }

        string? firstReferral = null;
        var remainder = new StringBuilder();
        foreach (string sentence in SentenceEnd().Split(nfkc))
        {
            Match notFound = NothingFound().Match(sentence);
            if (notFound.Success)
            {
                firstReferral ??= notFound.Value;
                continue;
            }

            Match referral = Referral().Match(sentence);
            if (referral.Success)
            {
                firstReferral ??= referral.Value;
                int clauseStart = sentence.LastIndexOfAny(['、', ','], referral.Index);
                remainder.Append(clauseStart < 0 ? string.Empty : sentence[..clauseStart]).Append('\n');
                continue;
            }

            remainder.Append(sentence).Append('\n');
        }

        if (firstReferral is null)
        {
            return new RefusalDetection(RefusalKind.Answer, null);
        }

        return IsSubstantive(Courtesy().Replace(remainder.ToString(), string.Empty))
            ? new RefusalDetection(RefusalKind.AnswerWithReferral, firstReferral)
            : new RefusalDetection(RefusalKind.ReferralOnly, firstReferral);
    }

    private static bool IsSubstantive(string remainder)
    {
        if (YesOrNo().IsMatch(remainder))
        {
            return true;
        }

        int content = 0;
        foreach (Rune rune in remainder.EnumerateRunes())
        {
            if (IsContent(rune) && ++content >= MinimumContentCharacters)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContent(Rune rune)
    {
        bool hiragana = rune.Value is >= 0x3040 and <= 0x309F;
        bool kanaMarks = rune.Value is 0x30FB or 0x30FC;
        return Rune.IsLetterOrDigit(rune) && !hiragana && !kanaMarks;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>Explicit refusals, most specific first: the first that matches names the phrase.</summary>
    private static readonly Regex[] ExplicitRefusals =
        [AnswerDeclined(), AnswerWithheld(), CannotTell(), EnglishRefusal(), PersonalData(), ApologyThenCannot()];

    [GeneratedRegex("""
        (?:お答え|ご?回答|お伝え|ご案内|お教え|ご?提供)(?:する|いたす|致す)?(?:こと)?(?:は|が)?
        (?:でき(?:ません|かねます)|出来ません|いたしかねます|致しかねます|しかねます)
        """, Options)]
    private static partial Regex AnswerDeclined();

    [GeneratedRegex("(?:ご?回答|お答え|ご?返答|言及|コメント)(?:を|は)?(?:差し)?控え", Options)]
    private static partial Regex AnswerWithheld();

    [GeneratedRegex("(?:分|わ|判)かりかねます", Options)]
    private static partial Regex CannotTell();

    [GeneratedRegex("""
        \bI\s+(?:can['’]?t|cannot|can\s+not)\s+(?:help|assist|answer|provide|share|disclose|give|respond)\b
        |\bI(?:['’]m|\s+am)\s+(?:unable|not\s+able)\s+to\b
        """, Options)]
    private static partial Regex EnglishRefusal();

    [GeneratedRegex("個人情報(?:のため|保護の(?:観点|ため)|に(?:該当|当た)(?:する|る)ため|ですので|につき)", Options)]
    private static partial Regex PersonalData();

    [GeneratedRegex("申し訳(?:ありません|ございません)(?:が|けれど(?:も)?)[^。！？!?\n]*?(?:でき(?:ません|かねます)|出来ません|いたしかねます|致しかねます)", Options)]
    private static partial Regex ApologyThenCannot();

    [GeneratedRegex("""
        (?:お?問い?合わ?せ|ご?確認|ご?相談|ご?連絡|ご?照会|お尋ね|おたずね)(?:を)?(?:して|なさって)?(?:ください|下さい|願います|お願い(?:いたし|致し|し)ます)
        |\bplease\s+(?:contact|call|ask|check\s+with|consult|reach\s+out\s+to|visit)\b
        """, Options)]
    private static partial Regex Referral();

    [GeneratedRegex("""
        (?:情報|記載|資料|データ|該当(?:する)?(?:もの|情報)?)(?:が|は)?(?:見つかりません|見つから(?:ない|ず)|見当たりません|見当たら(?:ない|ず)|ありません|ない(?:ため|ので))
        |(?:分|わ|判)かりません
        |\b(?:no|(?:could\s*not|couldn['’]?t)\s+find\s+(?:any\s+)?)\s*(?:relevant\s+)?information\b
        |\bI\s+don['’]?t\s+know\b
        """, Options)]
    private static partial Regex NothingFound();

    [GeneratedRegex("""
        申し訳(?:ありません|ございません)(?:が|けれど(?:も)?)?
        |恐れ入りますが|恐縮ですが|残念ながら|お手数(?:をおかけしますが|ですが)
        |(?:ご質問|お問い?合わ?せ)(?:いただき)?(?:ありがとうございま(?:す|した))
        |\b(?:sorry|thank\s+you(?:\s+for\s+your\s+question)?)\b
        """, Options)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"(?:^|\n)\s*(?:はい|いいえ|yes\b|no\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesOrNo();

    [GeneratedRegex(@"(?<=[。！？!?\n])|(?<=\.)(?=\s)")]
    private static partial Regex SentenceEnd();
}
