namespace GaiEval.Core.Rounds.Contamination;

using System.Security.Cryptography;
using GaiEval.Core.Inputs;

/// <summary>
/// canary.json of a round: made once, on the first publication, and read back on every later one, so that every copy
/// of the public items carries the same canary.
/// </summary>
/// <remarks>
/// A canary is <see cref="Prefix"/> and 32 random lower-case hex digits (128 bits). The prefix is short on purpose: a
/// fixed run of 12 letters or more would itself look like a partial leak to the canary detector.
/// </remarks>
public static class RoundCanaryFile
{
    public const string Prefix = "GEC-";

    private const int RandomBytes = 16;

    /// <summary>The round's canary and whether this call made it.</summary>
    /// <exception cref="InputException">canary.json exists but is damaged or belongs to another round.</exception>
    public static (RoundCanary Canary, bool Created) ReadOrCreate(RoundFolder folder, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.CanaryFile))
        {
            var canary = new RoundCanary { Round = folder.Name, Canary = NewCanary(), CreatedAt = RoundClock.Now(time) };
            Directory.CreateDirectory(folder.Path);
            try
            {
                RoundJsonFiles.WriteNew(folder.CanaryFile, canary);
                return (canary, true);
            }
            catch (IOException) when (File.Exists(folder.CanaryFile))
            {
                // Another publication made it first: its canary is the round's.
            }
        }

        return (Read(folder), false);
    }

    /// <summary>Whether <paramref name="canary"/> has the form this class makes.</summary>
    public static bool IsWellFormed(string? canary) =>
        canary is { Length: 36 } && canary.StartsWith(Prefix, StringComparison.Ordinal) &&
        canary[Prefix.Length..].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static string NewCanary() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomBytes));

    private static RoundCanary Read(RoundFolder folder)
    {
        RoundCanary canary = RoundJsonFiles.Read<RoundCanary>(folder.CanaryFile);
        var errors = new InputErrorCollector(folder.CanaryFile);
        if (!IsWellFormed(canary.Canary))
        {
            errors.Add(0, "canary", $"識別子は {Prefix} と16進小文字32桁であるべきです。canary.json が壊れていないか確認してください");
        }

        if (!string.Equals(canary.Round, folder.Name, StringComparison.Ordinal))
        {
            errors.Add(0, "round", $"canary.json は回「{canary.Round}」のものです（この回は「{folder.Name}」）");
        }

        errors.ThrowIfAny();
        return canary;
    }
}
