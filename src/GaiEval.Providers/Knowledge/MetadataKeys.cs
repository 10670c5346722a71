namespace GaiEval.Providers.Knowledge;

/// <summary>Front-matter keys the knowledge stage reads; every other key is kept as it is.</summary>
public static class MetadataKeys
{
    public const string Title = "title";

    /// <summary>The department responsible for the content (required).</summary>
    public const string Department = "所管課";

    /// <summary>Date of the last revision, <c>yyyy-MM-dd</c> (required).</summary>
    public const string UpdatedOn = "更新日";

    /// <summary>Who the content is for (optional).</summary>
    public const string Audience = "対象";

    /// <summary>
    /// How sensitive the document is: public | internal | confidential (optional, public when absent). A provider only
    /// ever retrieves documents up to its clearance, so internal passages never reach a public web service through RAG.
    /// </summary>
    public const string Sensitivity = "機密区分";
}
