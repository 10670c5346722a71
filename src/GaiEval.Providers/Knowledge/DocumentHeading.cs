namespace GaiEval.Providers.Knowledge;

/// <summary>An ATX Markdown heading (<c>## 見出し</c>) of a knowledge document, with its 1-based source line.</summary>
public sealed record DocumentHeading(int Level, string Text, int Line);
