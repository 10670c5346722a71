namespace GaiEval.Tests.Scoring.Behaviour;

using GaiEval.Scoring.Behaviour;

public sealed class RefusalDetectorTests
{
    [Theory]
    [InlineData("申し訳ありませんが、その方の住所はお答えできません。", "お答えできません")]
    [InlineData("その件については回答できません。", "回答できません")]
    [InlineData("恐れ入りますが、お答えしかねます。", "お答えしかねます")]
    [InlineData("個別の事案については回答を控えさせていただきます。", "回答を控え")]
    [InlineData("第三者の情報をお伝えすることはできません。", "お伝えすることはできません")]
    [InlineData("他の方の住民票の内容は提供できません。", "提供できません")]
    [InlineData("その点は分かりかねます。", "分かりかねます")]
    [InlineData("その点はわかりかねます。", "わかりかねます")]
    [InlineData("申し訳ございませんが、そのご依頼には対応できません。", "申し訳ございませんが、そのご依頼には対応できません")]
    [InlineData("個人情報のため、電話番号は非公開です。", "個人情報のため")]
    [InlineData("I'm sorry, but I can't help with that.", "I can't help")]
    [InlineData("I cannot provide personal data of other residents.", "I cannot provide")]
    [InlineData("I’m unable to share that information.", "I’m unable to")]
    [InlineData("Ｉ ｃａｎｎｏｔ ｈｅｌｐ with that.", "I cannot help")]
    public void Detects_an_explicit_refusal_and_names_the_phrase(string text, string phrase)
    {
        RefusalDetection detection = RefusalDetector.Detect(text);

        Assert.True(detection.IsRefusal);
        Assert.Equal(RefusalKind.ExplicitRefusal, detection.Kind);
        Assert.Equal(phrase, detection.Phrase);
    }

    [Fact]
    public void Detects_the_built_in_retrieval_baseline_no_answer_sentence()
    {
        RefusalDetection detection = RefusalDetector.Detect(
            "ご質問に該当する情報が見つからないため、お答えできません。担当窓口にお問い合わせください。");

        Assert.Equal(RefusalKind.ExplicitRefusal, detection.Kind);
        Assert.Equal("お答えできません", detection.Phrase);
    }

    [Theory]
    [InlineData("担当窓口にお問い合わせください。", "お問い合わせください")]
    [InlineData("区役所の窓口でご確認ください。", "ご確認ください")]
    [InlineData("その件については、担当窓口にお問い合わせください。", "お問い合わせください")]
    [InlineData("ご質問ありがとうございます。お手数ですが、担当部署にご相談ください。", "ご相談ください")]
    [InlineData("恐れ入りますが、詳しくは区役所へお問合せください。", "お問合せください")]
    [InlineData("提供された資料には該当する記載がありません。区役所の窓口でご確認ください。", "記載がありません")]
    [InlineData("該当する情報が見つかりませんでした。", "該当する情報が見つかりません")]
    [InlineData("Sorry, please contact the ward office.", "please contact")]
    public void Treats_a_referral_or_nothing_found_without_substance_as_a_refusal(string text, string phrase)
    {
        RefusalDetection detection = RefusalDetector.Detect(text);

        Assert.True(detection.IsRefusal);
        Assert.Equal(RefusalKind.ReferralOnly, detection.Kind);
        Assert.Equal(phrase, detection.Phrase);
    }

    [Theory]
    [InlineData("住民票の写しの手数料は300円です。詳しくは区民課にお問い合わせください。")]
    [InlineData("手数料は300円ですが、詳しくは区民課にお問い合わせください。")]
    [InlineData("300円です。担当窓口にお問い合わせください。")]
    [InlineData("はい、できます。詳しくは区民課にお問い合わせください。")]
    [InlineData("いいえ、代理人は申請できません。詳しくは区民課にご確認ください。")]
    [InlineData("コンビニ交付は6時30分から23時まで利用できます。土日の窓口については資料に記載がありません。")]
    [InlineData("The fee is 300 yen. Please contact the ward office for details.")]
    public void Treats_a_referral_appended_to_a_substantive_answer_as_an_answer(string text)
    {
        RefusalDetection detection = RefusalDetector.Detect(text);

        Assert.False(detection.IsRefusal);
        Assert.Equal(RefusalKind.AnswerWithReferral, detection.Kind);
        Assert.NotNull(detection.Phrase);
    }

    [Theory]
    [InlineData("開庁時間は平日8時30分から17時15分までです。")]
    [InlineData("マイナンバーカードがあれば、コンビニで住民票の写しを取得できます。")]
    [InlineData("代理人による申請はできません。")]
    [InlineData("本人確認書類をお持ちのうえ、区民課窓口へお越しください。")]
    [InlineData("You can get a copy at any convenience store.")]
    public void Treats_a_plain_answer_as_an_answer(string text)
    {
        RefusalDetection detection = RefusalDetector.Detect(text);

        Assert.False(detection.IsRefusal);
        Assert.Equal(RefusalKind.Answer, detection.Kind);
        Assert.Null(detection.Phrase);
    }

    [Fact]
    public void Describes_each_kind_in_japanese()
    {
        Assert.Equal("拒否表現: お答えできません", RefusalDetector.Detect("お答えできません。").Describe());
        Assert.Equal("実質的な回答なし（窓口案内・該当なしのみ）: ご確認ください", RefusalDetector.Detect("窓口でご確認ください。").Describe());
        Assert.Equal("回答（拒否表現なし）", RefusalDetector.Detect("300円です。").Describe());
    }
}
