namespace GaiEval.Scoring.Lexical;

/// <summary>Metadata keys and values that record how a lexical score was produced (DESIGN.md "Lexical similarity").</summary>
public static class LexicalMetadata
{
    public const string TokenizationKey = "tokenization";

    public const string NormalizationKey = "normalization";

    /// <summary>Tokens are single characters (Unicode code points): Japanese has no spaces between words.</summary>
    public const string CharacterTokens = "char";

    /// <summary>GaiEval.Core.Text.JapaneseTextNormalizer: NFKC, lower case, no white space, no thousands separators, unified dashes.</summary>
    public const string JapaneseNormalization = "gaieval-ja";

    /// <summary>The JGLUE JSQuAD exact-match flag that accompanies char_f1.</summary>
    public const string ExactMatchKey = "exact_match";
}
