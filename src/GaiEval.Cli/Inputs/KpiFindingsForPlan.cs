namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Text;

/// <summary>
/// The KPIs of a plan's <c>kpi:</c> block: its files imported into the store (once per content: a file already stored is
/// not stored again) and the figures computed from exactly those imports, in the plan's period, with its eligible staff,
/// the KPI provider's token prices (in the plan's currency when a rate is given) and the plan's hourly cost.
/// </summary>
internal static class KpiFindingsForPlan
{
    /// <summary>Null when the plan has no <c>kpi:</c> block.</summary>
    /// <param name="log">Told one line per file (imported now, or already stored).</param>
    /// <exception cref="InputException">A file or its mapping is wrong (every error of every file); a wrong file stores nothing.</exception>
    public static async Task<KpiFindings?> LoadAsync(
        IKpiStore store, string databasePath, EvalPlan plan, TextWriter log, CancellationToken cancellationToken, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Kpi is not { } kpi)
        {
            return null;
        }

        IReadOnlyList<StoredKpiImport> imports = await ImportAsync(store, databasePath, kpi, log, cancellationToken, progress);
        return await KpiFindingsLoader.LoadAsync(store, Inputs(plan, [.. imports.Select(i => i.ImportId).Distinct()]), cancellationToken);
    }

    /// <summary>Imports every file the block names, in its order; the imports they are (stored now or before).</summary>
    /// <exception cref="InputException">Every error of every wrong file, after the other files were imported.</exception>
    public static async Task<IReadOnlyList<StoredKpiImport>> ImportAsync(
        IKpiStore store, string databasePath, KpiSettings kpi, TextWriter log, CancellationToken cancellationToken, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(log);
        var importer = new KpiImporter(store, databasePath, progress);
        await CheckAllAsync(importer, store, kpi, cancellationToken);
        var imports = new List<StoredKpiImport>();
        var errors = new List<InputError>();
        foreach (KpiSource source in kpi.Sources)
        {
            try
            {
                if (source.ContentHash is { } pinned && await store.FindKpiImportAsync(source.Kind, pinned, cancellationToken) is { } asRun)
                {
                    imports.Add(asRun);
                    if (!Changed(source, pinned))
                    {
                        log.WriteLine(Told(source, new KpiImportOutcome(asRun, AlreadyStored: true, [])));
                    }
                    else
                    {
                        log.WriteLine($"KPI: {Path.GetFileName(source.File)} は実行の開始時から変わっているか見つかりません。この実行の集計と判定には、開始時に取り込んだ内容（{asRun.ImportedAt.ToLocalTime():yyyy-MM-dd HH:mm}、{Numbers.Count(asRun.Rows)}件）を使います。新しい内容で集計するには gaieval kpi report --plan で。");
                    }

                    continue;
                }

                KpiMapping? mapping = source.Mapping is null ? null : KpiMappingReader.Load(source.Mapping);
                KpiImportOutcome outcome = await importer.ImportAsync(source.Kind, source.File, mapping, cancellationToken);
                if (source.ContentHash is { } expected && outcome.Import.ContentHash != expected)
                {
                    throw new InputException(
                        source.File, 0, "kpi", "実行の開始時に取り込んだ内容がデータベースになく、ファイルも変わっています。この実行の実利用KPIは再現できません（gaieval kpi report --plan で今のファイルを集計できます）");
                }

                imports.Add(outcome.Import);
                log.WriteLine(Told(source, outcome));
                foreach (StoredKpiImport other in outcome.Overlapping)
                {
                    log.WriteLine($"KPI: 警告: {outcome.Import.FileName} の期間が取り込み済みの {other.FileName} と重なっています。同じデータを二重に取り込んでいないか確認してください。");
                }
            }
            catch (InputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : imports;
    }

    /// <summary>
    /// Each file is stored in one transaction; when the block names several, every new one is read whole first, so that a
    /// bad file stores none of them.
    /// </summary>
    /// <exception cref="InputException">Every error of every file (and mapping) that would not import.</exception>
    private static async Task CheckAllAsync(KpiImporter importer, IKpiStore store, KpiSettings kpi, CancellationToken cancellationToken)
    {
        if (kpi.Sources.Count < 2)
        {
            return;
        }

        var errors = new List<InputError>();
        foreach (KpiSource source in kpi.Sources)
        {
            if (source.ContentHash is { } pinned && await store.FindKpiImportAsync(source.Kind, pinned, cancellationToken) is not null)
            {
                continue;
            }

            try
            {
                KpiMapping? mapping = source.Mapping is null ? null : KpiMappingReader.Load(source.Mapping);
                errors.AddRange(await importer.CheckAsync(source.Kind, source.File, mapping, cancellationToken));
            }
            catch (InputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }

    /// <summary>The plan to store with a run: its KPI sources pinned to the imports just made (<see cref="KpiSource.ContentHash"/>).</summary>
    public static EvalPlan Pinned(EvalPlan plan, IReadOnlyList<StoredKpiImport> imports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Kpi is not { } kpi || kpi.Sources.Count != imports.Count
            ? plan
            : plan with { Kpi = kpi with { Sources = [.. kpi.Sources.Zip(imports, (source, import) => source with { ContentHash = import.ContentHash })] } };
    }

    /// <summary>What the figures of <paramref name="plan"/>'s <c>kpi:</c> block are computed with, over the given imports.</summary>
    public static KpiFindingsInputs Inputs(EvalPlan plan, IReadOnlyList<long>? importIds)
    {
        ArgumentNullException.ThrowIfNull(plan);
        KpiSettings kpi = plan.Kpi ?? new KpiSettings();
        Economics? economics = plan.Economics;
        return new KpiFindingsInputs
        {
            Selection = new KpiSelection(importIds, kpi.From, kpi.To),
            EligibleStaff = kpi.EligibleStaff,
            Prices = Prices(plan, kpi.Provider),
            Assumptions = new TimeSavedAssumptions
            {
                BandPoint = kpi.BandPoint,
                HourlyCost = economics is { HourlyCost: > 0 } ? economics.HourlyCost : null,
                Currency = Numbers.CurrencyUnit(economics?.Currency ?? new Economics().Currency),
            },
            Provider = kpi.Provider,
        };
    }

    /// <summary>
    /// The KPI provider's prices per 1M tokens, converted into the plan's currency when a rate is given (else kept in the
    /// pricing's own). A provider priced only by fixed fees has no token price: its real use is then not costed by token,
    /// rather than shown as free.
    /// </summary>
    private static UsageTokenPrices? Prices(EvalPlan plan, string? providerId)
    {
        if (plan.Providers.FirstOrDefault(p => p.Id == providerId)?.Pricing is not { } pricing || pricing is { InputPer1M: 0, OutputPer1M: 0 })
        {
            return null;
        }

        string currency = plan.Economics?.Currency ?? pricing.Currency;
        double rate = pricing.Currency == currency ? 1 : plan.Economics?.Exchange.GetValueOrDefault(pricing.Currency) ?? 0;
        return rate > 0
            ? new UsageTokenPrices(pricing.InputPer1M * rate, pricing.OutputPer1M * rate, Numbers.CurrencyUnit(currency))
            : new UsageTokenPrices(pricing.InputPer1M, pricing.OutputPer1M, Numbers.CurrencyUnit(pricing.Currency));
    }

    private static bool Changed(KpiSource source, string pinned) =>
        !File.Exists(source.File) || (source.Mapping is { } mapping && !File.Exists(mapping)) || KpiFileHash.Of(source.File, source.Mapping) != pinned;

    private static string Told(KpiSource source, KpiImportOutcome outcome)
    {
        string name = Path.GetFileName(source.File);
        string rows = Numbers.Count(outcome.Import.Rows);
        string harness = outcome.Import.HarnessRows > 0
            ? $"、うち評価ハーネス自身の呼び出し {Numbers.Count(outcome.Import.HarnessRows)}件は利用者に数えません"
            : string.Empty;
        return outcome.AlreadyStored ? $"KPI: {name} 取り込み済み（{rows}件{harness}）" : $"KPI: {name} を取り込みました（{rows}件{harness}）";
    }
}
