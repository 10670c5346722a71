namespace GaiEval.Providers.Tokens;

using System.IO.Compression;
using Microsoft.ML.Tokenizers;

/// <summary>
/// Builds an o200k_base tokenizer from the vocabulary in Microsoft.ML.Tokenizers.Data.O200kBase. Unlike
/// <c>TiktokenTokenizer.CreateForEncoding</c>, which keeps every vocabulary it loads in a static cache for the life of
/// the process (about 30 MB for o200k_base), the tokenizer built here is the vocabulary's only holder, so it is freed
/// with the tokenizer.
/// </summary>
internal static class O200kBaseVocabulary
{
    private const string DataAssembly = "Microsoft.ML.Tokenizers.Data.O200kBase";

    // The package's one type, named in full: the Native AOT compiler keeps an assembly (and its resources) that a constant
    // Type.GetType names, and leaves out one only loaded by name.
    private const string DataType = "Microsoft.ML.Tokenizers.O200kBaseTokenizerData, " + DataAssembly;
    private const string VocabularyResource = "o200k_base.tiktoken.deflate";

    // A model name is the only public way to the o200k_base pre-tokenizer and special tokens with a vocabulary of one's own.
    private const string O200kBaseModel = "gpt-4o";

    public static Tokenizer Load()
    {
        using Stream compressed = Type.GetType(DataType, throwOnError: true)!.Assembly.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"{DataAssembly} に語彙 {VocabularyResource} がありません。");
        using var vocabulary = new DeflateStream(compressed, CompressionMode.Decompress);
        return TiktokenTokenizer.CreateForModel(O200kBaseModel, vocabulary);
    }
}
