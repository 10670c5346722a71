namespace GaiEval.Core.Collection;

/// <summary>A named tokenizer's count, to estimate the tokens of answers staff collected by hand.</summary>
public sealed record TokenCounter(string Tokenizer, Func<string, int> Count);
