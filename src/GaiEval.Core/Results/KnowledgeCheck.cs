namespace GaiEval.Core.Results;

/// <summary>The knowledge folder of a stored run, compared with the folder as it is now.</summary>
/// <param name="Folder">The folder the run's plan names.</param>
/// <param name="StoredHash">The hash stored with the run; null for a run stored before GaiEval kept it.</param>
/// <param name="CurrentHash">The folder's hash now; null when it cannot be read (see <paramref name="Problem"/>).</param>
/// <param name="Problem">Why the folder cannot be read now, or null.</param>
public sealed record KnowledgeCheck(string Folder, string? StoredHash, string? CurrentHash, string? Problem)
{
    /// <summary>Both hashes are known and differ: the folder was edited since the run.</summary>
    public bool Changed => StoredHash is not null && CurrentHash is not null && !string.Equals(StoredHash, CurrentHash, StringComparison.Ordinal);

    /// <summary>The one line a command prints when the folder is no longer what the run used; null when it is (or cannot tell).</summary>
    public string? Notice => Changed
        ? $"注意: ナレッジ {Folder} の内容が実行時と異なります（実行時 {Short(StoredHash)}、現在 {Short(CurrentHash)}）。" +
          "採点と根拠の確認には、実行時に回答と一緒に保存した資料の本文を使います。"
        : null;

    public static string Short(string? hash) => hash is null ? "不明" : hash.Length > 12 ? hash[..12] : hash;
}
