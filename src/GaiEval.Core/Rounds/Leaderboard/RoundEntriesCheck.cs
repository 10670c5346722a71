namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Inputs;

/// <summary>round-run.json checked against its run: every entry a provider of the run's plan, once, with a folder name that is one name.</summary>
public static class RoundEntriesCheck
{
    /// <exception cref="InputException">An entry does not match the run, with every fault.</exception>
    public static void Run(string runFile, RoundRun round, IEnumerable<string> providerIds)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(providerIds);
        var errors = new InputErrorCollector(runFile);
        HashSet<string> providers = [.. providerIds];
        HashSet<string> seen = new(StringComparer.Ordinal);
        for (int i = 0; i < round.Entries.Count; i++)
        {
            RoundEntry entry = round.Entries[i];
            if (!providers.Contains(entry.ProviderId))
            {
                errors.Add(0, $"entries[{i}].provider_id", $"提供先 {entry.ProviderId} は実行 {round.RunId} の計画にありません");
            }

            if (!seen.Add(entry.ProviderId))
            {
                errors.Add(0, $"entries[{i}].provider_id", $"提供先 {entry.ProviderId} が重複しています");
            }

            if (entry.Folder.Length == 0 || entry.Folder != Path.GetFileName(entry.Folder) || entry.Folder.StartsWith('.') ||
                entry.Folder.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                errors.Add(0, $"entries[{i}].folder", $"応募フォルダの名前（パスでない1つの名前）であるべきです: 「{entry.Folder}」");
            }
        }

        if (round.Entries.Count == 0)
        {
            errors.Add(0, "entries", "応募が1件もありません");
        }

        errors.ThrowIfAny();
    }
}
