namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Scoring.Lexical;

/// <summary>
/// The suffix-automaton longest common substring gives what the O(n·m) table it replaced gave: the same length and, of
/// the longest runs, the one that ends first in the first text.
/// </summary>
public sealed class LongestCommonSubstringTests
{
    [Theory]
    [InlineData("abcdef", "xxcdexx", 2, 3)]
    [InlineData("abc", "xyz", 0, 0)]
    [InlineData("", "abc", 0, 0)]
    [InlineData("abc", "", 0, 0)]
    [InlineData("ababab", "babab", 1, 5)]
    [InlineData("住民票の写しは三百円", "写しは三百円です", 4, 6)]
    [InlineData("xyabzab", "ab", 2, 2)]
    public void Finds_the_first_longest_run(string text, string other, int at, int length) =>
        Assert.Equal((at, length), LongestCommonSubstring.Find(text, other));

    [Theory]
    [InlineData("ab", 1)]
    [InlineData("abcd", 2)]
    [InlineData("あいう𠮷", 3)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 4)]
    public void Agrees_with_the_dynamic_programming_table_on_random_texts(string alphabet, int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 1500; trial++)
        {
            string text = RandomText(random, alphabet, random.Next(0, 60));
            string other = RandomText(random, alphabet, random.Next(0, 60));

            Assert.True(
                Table(text, other) == LongestCommonSubstring.Find(text, other),
                $"「{text}」 / 「{other}」: table {Table(text, other)}, automaton {LongestCommonSubstring.Find(text, other)}");
        }
    }

    [Fact]
    public void Measures_a_looping_answer_of_two_hundred_thousand_characters()
    {
        string loop = new('あ', 200_000);

        Assert.Equal((0, 5), LongestCommonSubstring.Find(loop, "あああああい"));
        Assert.Equal((0, 200_000), LongestCommonSubstring.Find(loop, loop));
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var builder = new System.Text.StringBuilder(length);
        while (builder.Length < length)
        {
            // A surrogate pair of the alphabet is taken whole, as text would have it.
            int i = random.Next(alphabet.Length);
            builder.Append(char.IsLowSurrogate(alphabet[i]) ? alphabet[(i - 1)..(i + 1)] : char.IsHighSurrogate(alphabet[i]) ? alphabet[i..(i + 2)] : alphabet[i..(i + 1)]);
        }

        return builder.ToString();
    }

    /// <summary>The O(n·m) table the canary detector used before (kept here as the reference).</summary>
    private static (int At, int Length) Table(string text, string needle)
    {
        var previous = new int[needle.Length + 1];
        var current = new int[needle.Length + 1];
        (int at, int best) = (0, 0);
        for (int i = 1; i <= text.Length; i++)
        {
            for (int j = 1; j <= needle.Length; j++)
            {
                current[j] = text[i - 1] == needle[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best)
                {
                    (at, best) = (i - current[j], current[j]);
                }
            }

            (previous, current) = (current, previous);
        }

        return (at, best);
    }
}
