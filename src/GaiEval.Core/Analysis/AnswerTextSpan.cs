namespace GaiEval.Core.Analysis;

/// <summary>An answer's place in <see cref="AnswerTexts"/>: its first byte and its length in characters.</summary>
internal readonly record struct AnswerTextSpan(long Offset, int Length);
