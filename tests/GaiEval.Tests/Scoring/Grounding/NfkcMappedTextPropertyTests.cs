namespace GaiEval.Tests.Scoring.Grounding;

using System.Text;
using CsCheck;
using GaiEval.Scoring.Grounding;

/// <summary>
/// The mapped text against NFKC taken one character at a time, written out plainly: the same text and the same origin for
/// every character, however often the characters were seen before (they are remembered across texts).
/// </summary>
public sealed class NfkcMappedTextPropertyTests
{
    // ASCII, kana (half width and full width, with separate sound marks), full-width forms, circled and compatibility
    // characters, kanji, an emoji's two halves, and lone surrogates.
    private static readonly Gen<char> Characters = Gen.Char["aZ0 ,.-~ｱｶﾞﾟガか゛゜ゔ０Ａ＠（）－～①㍻㈱ﾊﾟ漢字区ー〜\uD83D\uDE00\uDC00\uD800\u3099\u309A"];

    [Fact]
    public void Reads_each_character_through_NFKC_and_remembers_where_it_came_from() =>
        Gen.String[Characters, 0, 40].Sample(text =>
        {
            (string expected, List<(int Start, int End)> origins) = Plainly(text);
            for (int reading = 0; reading < 2; reading++)
            {
                var mapped = NfkcMappedText.Of(text);
                Assert.Equal(expected, mapped.Text);
                for (int i = 0; i < expected.Length; i++)
                {
                    Assert.Equal(origins[i], mapped.OriginalSpan(i, i + 1));
                }
            }
        });

    private static (string Text, List<(int Start, int End)> Origins) Plainly(string text)
    {
        var builder = new StringBuilder();
        var origins = new List<(int Start, int End)>();
        for (int index = 0; index < text.Length;)
        {
            int length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
            string character = text.Substring(index, length);
            string normalized;
            try
            {
                normalized = character.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = character;
            }

            builder.Append(normalized);
            origins.AddRange(Enumerable.Repeat((index, index + length), normalized.Length));
            index += length;
        }

        return (builder.ToString(), origins);
    }
}
