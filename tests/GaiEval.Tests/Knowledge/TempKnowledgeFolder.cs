namespace GaiEval.Tests.Knowledge;

using System.Text;

/// <summary>A knowledge folder in the temp directory, deleted on dispose.</summary>
internal sealed class TempKnowledgeFolder : IDisposable
{
    public const string FeeDocument = """
        ---
        title: 住民票の写しの交付
        所管課: 区民課
        更新日: 2026-04-01
        対象: 区民
        ---
        住民票の写しは区民課の窓口で交付します。

        ## 住民票の写し
        ### 手数料はいくらですか
        1通300円です。

        ### 必要なものは何ですか
        本人確認書類（マイナンバーカード、運転免許証など）をお持ちください。

        ## 郵送請求
        ### 郵送で請求できますか
        できます。請求書と定額小為替を同封してください。
        """;

    public TempKnowledgeFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gaieval-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TempKnowledgeFolder Write(string relativePath, string text) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public TempKnowledgeFolder WriteBytes(string relativePath, byte[] bytes)
    {
        string file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return this;
    }

    public string FileOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
