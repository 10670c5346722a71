namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

/// <summary>
/// Imports one KPI file into the store, checked whole and stored in one transaction (or not at all): a file whose content
/// is already stored for its kind stores nothing and gives the stored import. Staff keys are hashed with the secret kept
/// beside the database (<c>&lt;db&gt;.staff-key</c>, created on the first import).
/// </summary>
internal sealed class KpiImporter(IKpiStore store, string databasePath, IProgress<long>? progress = null)
{
    public const string SecretSuffix = ".staff-key";

    private StaffKeyHasher? hasher;

    /// <summary>Created on first use: the secret file is made only when a file is actually read.</summary>
    private StaffKeyHasher Hasher => hasher ??= new StaffKeyHasher(StaffKeySecret.LoadOrCreate(databasePath + SecretSuffix));

    /// <param name="mapping">The mapping (<see cref="KpiMappingReader.Load"/>) the file is read with; null for canonical headers.</param>
    /// <exception cref="InputException">The file or any row is wrong (all errors); nothing was stored.</exception>
    public async Task<KpiImportOutcome> ImportAsync(KpiKind kind, string path, KpiMapping? mapping, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InputException([Missing(path)]);
        }

        (KpiImportFile file, StoredKpiImport? earlier) = await LookUpAsync(kind, path, mapping, cancellationToken);
        if (earlier is not null)
        {
            return new KpiImportOutcome(earlier, AlreadyStored: true, []);
        }

        StoredKpiImport stored;
        try
        {
            stored = kind switch
            {
                KpiKind.Survey => await store.ImportSurveyAsync(file, new SurveyCsvReader(Hasher, mapping).Read(path), progress, cancellationToken),
                KpiKind.Usage => await store.ImportUsageAsync(file, new UsageLogCsvReader(Hasher, mapping).Read(path), progress, cancellationToken),
                _ => await store.ImportTimingsAsync(file, new TaskTimingCsvReader(Hasher, mapping).Read(path), progress, cancellationToken),
            };
        }
        catch (InputException)
        {
            // Another process (runs started together on one shared database) stored the same content first: use its import.
            if ((await LookUpAsync(kind, path, mapping, cancellationToken)).Earlier is { } concurrent)
            {
                return new KpiImportOutcome(concurrent, AlreadyStored: true, []);
            }

            throw;
        }

        List<StoredKpiImport> overlapping = [.. (await store.ListKpiImportsAsync(cancellationToken)).Where(stored.Overlaps)];
        return new KpiImportOutcome(stored, AlreadyStored: false, overlapping);
    }

    /// <summary>Reads a file whole without storing anything: its errors, none when it is good or its content is already stored.</summary>
    public async Task<IReadOnlyList<InputError>> CheckAsync(KpiKind kind, string path, KpiMapping? mapping, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [Missing(path)];
        }

        if ((await LookUpAsync(kind, path, mapping, cancellationToken)).Earlier is not null)
        {
            return [];
        }

        return kind switch
        {
            KpiKind.Survey => ErrorsOf(new SurveyCsvReader(Hasher, mapping).Read(path), cancellationToken),
            KpiKind.Usage => ErrorsOf(new UsageLogCsvReader(Hasher, mapping).Read(path), cancellationToken),
            _ => ErrorsOf(new TaskTimingCsvReader(Hasher, mapping).Read(path), cancellationToken),
        };
    }

    /// <summary>What the import of the file would record, and the stored import of the same content, if any.</summary>
    private async Task<(KpiImportFile File, StoredKpiImport? Earlier)> LookUpAsync(KpiKind kind, string path, KpiMapping? mapping, CancellationToken cancellationToken)
    {
        var file = new KpiImportFile(kind, Path.GetFileName(path), KpiFileHash.Of(path, mapping?.Path), mapping is null ? null : Path.GetFileName(mapping.Path));
        return (file, await store.FindKpiImportAsync(kind, file.ContentHash, cancellationToken));
    }

    private static IReadOnlyList<InputError> ErrorsOf<T>(KpiReading<T> reading, CancellationToken cancellationToken)
    {
        long read = 0;
        foreach (T _ in reading)
        {
            if (++read % 100_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return reading.Errors;
    }

    private static InputError Missing(string path) => new(path, 0, "FILE", "ファイルが見つかりません。パスを確認してください");
}
