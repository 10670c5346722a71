namespace GaiEval.Core.Inputs;

using System.Text;

/// <summary>Suggests the known name a misspelt field or key was probably meant to be ("must_includes" → "must_include").</summary>
internal static class ClosestName
{
    public static string? Find(string unknown, IEnumerable<string> known)
    {
        string wanted = Canonical(unknown);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = Distance(wanted, Canonical(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, wanted.Length / 3) ? best : null;
    }

    /// <summary>The unknown-field message, with a suggestion when one is near.</summary>
    public static string UnknownMessage(string unknown, IReadOnlyCollection<string> known) =>
        Find(unknown, known) is { } suggestion
            ? $"不明な項目です。「{suggestion}」のことですか？"
            : $"不明な項目です。使える項目: {string.Join(", ", known)}";

    private static int Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return Math.Min(Math.Abs(a.Length - b.Length), 2);
        }

        return EditDistance(a, b);
    }

    /// <summary>Edits needed to turn one name into the other, a swap of two neighbours counting as one edit.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>camelCase, kebab-case and upper case all compare as snake_case.</summary>
    private static string Canonical(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(c is '-' or ' ' ? '_' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Trim('_');
    }
}
