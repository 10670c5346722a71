namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "reports/gaieval.db";
    public const string DefaultOutput = "reports";

    /// <summary>The store's location as written; null when not given (then GAIEVAL_DB, else the default file: <see cref="StoreOpener"/>).</summary>
    public static Option<string?> Database() => new("--db")
    {
        Description = "結果データベース。SQLite のファイルのパス（sqlite:パス も可）、または PostgreSQL の postgres://ユーザー@ホスト:ポート/データベース か " +
            "Host=ホスト;Port=ポート;Database=データベース;Username=ユーザー（パスワードは PGPASSWORD か ~/.pgpass で）。" +
            $"省略すると環境変数 GAIEVAL_DB、それもなければ {DefaultDatabase}",
        HelpName = "DB",
    };

    public static Option<string> Output() => new("--out")
    {
        Description = "レポートの出力先。実行IDごとのフォルダーが作られます",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutput,
    };

    public static Argument<string> RunId() => new("RUN_ID") { Description = "実行ID（gaieval runs で一覧）" };
}
