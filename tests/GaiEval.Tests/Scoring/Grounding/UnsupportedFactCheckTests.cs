namespace GaiEval.Tests.Scoring.Grounding;

using GaiEval.Scoring.Grounding;

public sealed class UnsupportedFactCheckTests
{
    private static readonly string[] Passages =
    [
        "住民票の写しの交付手数料は１通３００円です。窓口は区民課（電話０３－５３１８－２２１１）です。",
        "受付時間は平日8:30～17:15です。令和8年4月1日から汐見野出張所でも交付します。",
        "児童手当の上限は月額30,000円、所得制限の基準は年収960万円です。",
    ];

    [Fact]
    public void An_answer_stated_entirely_by_the_passages_has_no_findings()
    {
        const string answer = "住民票の写しは1通300円で、区民課（03-5318-2211）で受け取れます。\n"
            + "・受付は8時30分から17時15分まで\n"
            + "・2026年4月1日からは汐見野出張所でも交付します。\n"
            + "児童手当の上限は3万円です。";

        Assert.Empty(UnsupportedFactCheck.Find(answer, Passages));
    }

    [Fact]
    public void Flags_exactly_the_hallucinated_fee_phone_and_office()
    {
        const string answer = "住民票の写しは1通350円です。お問い合わせは戸籍住民課（03-5318-2299）へ。受付は8:30からです。";

        var findings = UnsupportedFactCheck.Find(answer, Passages);

        Assert.Equal(
            [
                new UnsupportedFact(FactKind.Amount, "350円", "住民票の写しは1通350円です。"),
                new UnsupportedFact(FactKind.Office, "戸籍住民課", "お問い合わせは戸籍住民課（03-5318-2299）へ。"),
                new UnsupportedFact(FactKind.PhoneNumber, "03-5318-2299", "お問い合わせは戸籍住民課（03-5318-2299）へ。"),
            ],
            findings);
    }

    [Theory]
    [InlineData("手数料は３００円です。")]
    [InlineData("手数料は300円です。")]
    [InlineData("上限は30000円です。")]
    [InlineData("上限は３万円です。")]
    [InlineData("基準は960万円です。")]
    [InlineData("電話は03ー5318ー2211です。")]
    [InlineData("令和８年４月１日からです。")]
    [InlineData("2026-04-01からです。")]
    [InlineData("4月1日からです。")]
    [InlineData("午前8時半からです。")]
    public void Finds_a_fact_in_the_passages_across_written_forms(string answer)
    {
        Assert.Empty(UnsupportedFactCheck.Find(answer, Passages));
    }

    [Theory]
    [InlineData("手数料は1,300円です。", FactKind.Amount, "1,300円")]
    [InlineData("手数料は30円です。", FactKind.Amount, "30円")]
    [InlineData("2025年4月1日からです。", FactKind.Date, "2025年4月1日")]
    [InlineData("令和7年4月1日からです。", FactKind.Date, "令和7年4月1日")]
    [InlineData("4月2日からです。", FactKind.Date, "4月2日")]
    [InlineData("受付は18:30までです。", FactKind.Time, "18:30")]
    [InlineData("電話は03-5318-2212です。", FactKind.PhoneNumber, "03-5318-2212")]
    [InlineData("窓口は市民課です。", FactKind.Office, "市民課")]
    [InlineData("所得制限の基準は96%です。", FactKind.Percentage, "96%")]
    [InlineData("定員は45人です。", FactKind.Number, "45")]
    public void Flags_a_fact_no_passage_states(string answer, FactKind kind, string text)
    {
        var finding = Assert.Single(UnsupportedFactCheck.Find(answer, Passages));

        Assert.Equal(new UnsupportedFact(kind, text, answer), finding);
    }

    [Fact]
    public void Flags_every_fact_when_there_are_no_passages()
    {
        var findings = UnsupportedFactCheck.Find("区民課の手数料は300円です。", []);

        Assert.Equal([FactKind.Office, FactKind.Amount], findings.Select(finding => finding.Kind));
    }
}
