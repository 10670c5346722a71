namespace GaiEval.Core.Inputs;

/// <summary>What one strict decoding pass over a file found.</summary>
/// <param name="Valid">Every byte decoded.</param>
/// <param name="Line">The line of the first byte that did not decode (1-based), when not valid.</param>
/// <param name="BadBytes">Those bytes, as 0x.. for the message.</param>
/// <param name="JapaneseScore">Kana, kanji and full-width signs decoded before the first fault.</param>
/// <param name="KanaScore">
/// Kana decoded: full-width ones, and half-width ones that do not follow 「､」 or 「･」. EUC-JP writes every kana as 0xA4 or
/// 0xA5 and a second byte, which CP932 reads as 「､」 or 「･」 and a half-width kana; so EUC-JP read as CP932 scores near
/// nothing, while a CP932 file of half-width kana read as EUC-JP turns into kanji and scores nothing either.
/// </param>
internal sealed record StrictTextPassResult(bool Valid, int Line, string BadBytes, int JapaneseScore, int KanaScore);
