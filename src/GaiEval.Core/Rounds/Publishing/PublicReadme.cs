namespace GaiEval.Core.Rounds.Publishing;

using System.Globalization;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Submissions;

/// <summary>
/// public/README.md: what the published file is, what its canary is for, the commitment to the hidden items and how to
/// submit. It names no hidden or private item, nor how many there are.
/// </summary>
internal static class PublicReadme
{
    public static string Text(string round, int items, RoundCanary canary, RoundCommitment commitment)
    {
        string created = commitment.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        string[] lines =
        [
            $"# 回「{round}」公開テストセット（練習用）",
            string.Empty,
            $"このフォルダは、区がベンダー評価の回「{round}」のために公開する練習用のテスト項目です。",
            string.Empty,
            $"- `{PublicSetWriter.TestSetName}`: 公開（split: public）の項目 {items} 問。gaieval のテストセット形式（JSON Lines、1行に1問、UTF-8）です。",
            "- 本番の評価では、ここにない非公開の項目も使います。非公開の項目は回の公式の実行でだけ送られ、問いも模範解答も公開しません。",
            string.Empty,
            "## 評価用の識別子（カナリア）",
            string.Empty,
            $"各項目の模範解答（reference）の末尾と tags に、この回の識別子 `{canary.Canary}` を入れています。",
            string.Empty,
            "- この識別子は、このファイルを回答に写したこと、またはこのファイルでモデルを学習・調整したことを見つけるためのものです。",
            "- 回答にこの識別子が現れれば（表記を変えたもの、一部だけのものも含めて）、公開項目を写した、または学習した兆候として報告します。",
            "- このファイルをモデルの学習・微調整や検索用のデータに入れないでください。識別子を消したり書き換えたりしないでください。",
            "- 本番では、公開項目の模範解答の前半を示して続きを書いてもらう確認も行います。模範解答の後半をそのまま書けるモデルは、公開項目を学習した兆候として報告します。",
            string.Empty,
            "## 非公開項目のコミットメント",
            string.Empty,
            "区は回を始める前に、非公開項目の内容をソルト付きの SHA-256（コミットメント）にして公表しています。",
            string.Empty,
            $"- コミットメント: `{commitment.Commitment}`",
            $"- 作成日時: {created} UTC",
            $"- 方式: `{commitment.Scheme}`",
            string.Empty,
            "回を閉じた後、区はソルトを reveal.json で公開します。非公開項目を含むテストセットを持つ人（監査する人など）は、",
            "`gaieval round verify commitment.json reveal.json テストセット` で、非公開項目が回の途中で変わっていないことを確かめられます。",
            string.Empty,
            "## 練習のしかた",
            string.Empty,
            $"- `gaieval validate {PublicSetWriter.TestSetName}` で読み込めることを確かめられます。",
            "- 評価計画（plan.yaml）の `testset:` にこのファイルを書けば、`gaieval run` で手元のモデルを試せます。",
            string.Empty,
            "## 応募のしかた",
            string.Empty,
            $"応募フォルダに `{SubmissionLoader.ManifestName}`（申告書: vendor、product、model、model_version、method、hosting、contact、",
            "variants_tried（この応募の前に試した版の数）、statement（誓約））と、次のどちらか一方を置きます。",
            string.Empty,
            "- `endpoint:` 区が回ごとに1度、すべての応募に同じシステムプロンプト・検索設定・制限で呼び出す API。キーはファイルに書かず、",
            "  `api_key_env` に環境変数の名前を書きます。公開の項目と非公開の項目を送ります。",
            "- `answers: answers.jsonl` 公開項目への回答（1行に1つ `{\"id\": \"…\", \"answer\": \"…\"}`。トークン数と応答時間は省略可）。",
            "  答えられるのは公開項目だけです。答えていない公開項目は失敗として数えます。",
            string.Empty,
            $"提出の前に `gaieval round check 応募フォルダ --testset {PublicSetWriter.TestSetName}` で検査してください。",
            "誤りはすべて「ファイル:行: 項目: 内容」の形で示します（終了コード 0 問題なし / 2 誤りあり）。",
        ];
        return string.Join('\n', lines) + "\n";
    }
}
