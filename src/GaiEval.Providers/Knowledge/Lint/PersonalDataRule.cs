namespace GaiEval.Providers.Knowledge.Lint;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Simple personal data: e-mail addresses and mobile phone numbers (070/080/090). Office numbers (03-…) are a ward's public
/// contacts and are not reported.
/// </summary>
internal sealed partial class PersonalDataRule : IKnowledgeLintRule
{
    public string Name => "個人情報";

    public string Help => "個人の連絡先らしいもの（メールアドレス、携帯電話番号 070・080・090）。個人情報は削除してください。" +
        "課の代表アドレスなど公開してよいものは lint除外 に理由を書いてください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        foreach ((int line, string text) in document.BodyLines)
        {
            string normalized = text.Normalize(NormalizationForm.FormKC);
            if (Email().IsMatch(normalized))
            {
                yield return document.Finding(line, this, "メールアドレスがあります。個人のものなら削除してください");
            }

            if (Mobile().IsMatch(normalized))
            {
                yield return document.Finding(line, this, "携帯電話番号らしい番号があります。個人のものなら削除してください");
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)0[789]0[-‐−ー ]?\d{4}[-‐−ー ]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}
