namespace GaiEval.Reporting.Text;

using GaiEval.Core.Analysis.Economics;

/// <summary>The Japanese sentences that explain a gold-set time-saved figure, shared by report.html and decision.md.</summary>
internal static class TimeSavedWording
{
    /// <summary>How the figure is computed and what its interval is.</summary>
    public const string Method =
        "項目ごとに「正答なら 手作業の分 − 確認の分、誤答なら − 確認の分」を求め、業務分野ごとに合計して「月間件数 ÷ 項目数」を掛けています（正答率 × 平均分数ではありません）。"
        + "反復した項目は反復の平均です。区間は、業務分野ごとに項目を復元抽出したブートストラップ（2000回・乱数の種を固定）の95%区間で、合計の区間も同じ抽出から求めています。";

    /// <summary>How answers without a verdict are counted (fail safe: never as correct).</summary>
    public const string Undecided =
        "正誤の判定がない回答は正答に数えません。判定待ち（判定者・人の採点が未了）の回答は誤答として確認の分だけを差し引き、送信保留（取扱区分を超える項目）・呼び出しの失敗は削減 0（手作業のまま）として数えています。";

    /// <summary>「ゴールドセットによる推計（月間件数のすべてをAIに回した場合）」.</summary>
    public static string Label(TimeSaved saved) => Label(saved.BasisLabel, saved.Assumption);

    public static string Label(string basisLabel, string assumption) => $"{basisLabel}（{assumption}）";

    /// <summary>How many answers of the estimated categories had no verdict and how they were counted; null when none.</summary>
    public static string? LeftOut(TimeSaved saved)
    {
        if (saved.UndecidedAnswers == 0 && saved.UnansweredCalls == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (saved.UndecidedAnswers > 0)
        {
            parts.Add($"判定待ち {saved.UndecidedAnswers} 件（誤答として −確認の分）");
        }

        if (saved.UnansweredCalls > 0)
        {
            parts.Add($"送信保留・失敗 {saved.UnansweredCalls} 件（削減 0）");
        }

        return $"判定のない回答: {string.Join("、", parts)}";
    }
}
