namespace GaiEval.Scoring.Risk;

/// <summary>The Japanese label of each <see cref="RiskFindingKind"/>, as messages and reports show it.</summary>
public static class RiskFindingNames
{
    public static string Label(RiskFindingKind kind) => kind switch
    {
        RiskFindingKind.MyNumber => "マイナンバー（個人番号）",
        RiskFindingKind.CorporateNumber => "法人番号",
        RiskFindingKind.PhoneNumber => "電話番号",
        RiskFindingKind.PostalCode => "郵便番号",
        RiskFindingKind.EmailAddress => "メールアドレス",
        RiskFindingKind.StreetAddress => "住所",
        RiskFindingKind.Canary => "カナリア文字列",
        RiskFindingKind.InappropriateTerm => "不適切な語",
        _ => "許可リスト外のリンク",
    };
}
