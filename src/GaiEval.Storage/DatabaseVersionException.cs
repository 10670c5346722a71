namespace GaiEval.Storage;

/// <summary>The database was written by a newer GaiEval: its schema version is above the latest this build knows.</summary>
public sealed class DatabaseVersionException : Exception
{
    public DatabaseVersionException(string databasePath, int databaseVersion, int supportedVersion)
        : base($"データベース {databasePath} のスキーマ版は {databaseVersion} ですが、このGaiEvalが扱えるのは版 {supportedVersion} までです。" +
               "新しい版のGaiEvalで開くか、別のデータベースファイルを指定してください。")
    {
        DatabasePath = databasePath;
        DatabaseVersion = databaseVersion;
        SupportedVersion = supportedVersion;
    }

    public string DatabasePath { get; }

    public int DatabaseVersion { get; }

    public int SupportedVersion { get; }
}
