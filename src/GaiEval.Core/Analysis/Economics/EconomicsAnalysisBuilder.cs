namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// Builds the <see cref="EconomicsAnalysis"/> of a stored run from its plan's <c>economics</c>, the providers' pricing
/// and what the run measured. Time saved is a gold-set estimate (the only basis with a data source so far).
/// </summary>
public static class EconomicsAnalysisBuilder
{
    /// <exception cref="InputException">A provider's pricing currency has no rate in <c>economics.exchange</c>.</exception>
    public static EconomicsAnalysis Build(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        EvalPlan plan = results.Plan;
        const TimeSavedBasis basis = TimeSavedBasis.GoldSetEstimate;
        if (plan.Economics is not { } economics)
        {
            return new EconomicsAnalysis
            {
                RunId = results.Run.RunId,
                HasEconomics = false,
                MonthlyVolume = 0,
                Basis = basis,
                Providers = [],
                BreakEvens = [],
                Notes = ["plan に economics（月間件数・人件費単価・為替）がないため、削減時間と費用は推定していません"],
            };
        }

        ExchangeRates.EnsureAll(plan, economics);
        double volume = economics.MonthlyVolume.Values.Sum();
        List<ProviderEconomics> providers = [.. plan.Providers.Select(p => ForProvider(results, p, economics, volume, basis))];
        return new EconomicsAnalysis
        {
            RunId = results.Run.RunId,
            HasEconomics = true,
            Currency = economics.Currency,
            HourlyCost = economics.HourlyCost > 0 ? economics.HourlyCost : null,
            MonthlyVolume = volume,
            Basis = basis,
            Providers = providers,
            BreakEvens = BreakEvens(providers, volume),
            Notes = PlanNotes(economics, volume),
        };
    }

    private static ProviderEconomics ForProvider(RunResults results, ProviderProfile provider, PlanEconomics economics, double volume, TimeSavedBasis basis)
    {
        Proportion accuracy = RunMeasurements.Accuracy(results, provider.Id);
        TimeSaved timeSaved = TimeSavedCalculator.Calculate(economics, RunMeasurements.Categories(results, provider.Id), basis);
        ProviderCost cost = CostCalculator.Calculate(provider, RunMeasurements.Tokens(results, provider.Id), economics, volume);
        List<string> notes = OneOffNotes(provider, cost, economics.Currency);
        UnitCost? perCorrect = null;
        UnitCost? perHour = null;
        Estimate? netBenefit = null;
        if (cost.MonthlyTotal?.Value is not { } monthlyCost)
        {
            notes.Add($"費用を算出できないため（{cost.Message}）、1件・1時間あたりの費用と純便益は算出していません");
        }
        else
        {
            perCorrect = BenefitFigures.CostPerCorrectAnswer(monthlyCost, volume, accuracy);
            if (perCorrect is null)
            {
                notes.Add(accuracy.Successes == 0 ? "正答がないため、正答1件あたりの費用は算出していません" : "月間件数が 0 のため、正答1件あたりの費用は算出していません");
            }

            if (!timeSaved.CoversAllVolume)
            {
                string gaps = string.Join("、", timeSaved.NotEstimated.Where(g => g.Reason != CategoryGap.NoVolume).Select(g => $"{g.Category}（{g.Message}）"));
                notes.Add($"削減時間を推定できない分野があるため、1時間あたりの費用と純便益は算出していません: {gaps}");
            }
            else
            {
                perHour = timeSaved.MonthlyHours is { } hours ? BenefitFigures.CostPerHourSaved(monthlyCost, hours) : null;
                if (perHour is null)
                {
                    notes.Add(timeSaved.MonthlyHours is null
                        ? "削減時間を推定できる分野がないため、削減1時間あたりの費用は算出していません"
                        : "削減時間が 0 以下のため、削減1時間あたりの費用は算出していません");
                }

                netBenefit = timeSaved.MonthlyPersonnelCost is { } saved ? BenefitFigures.NetMonthlyBenefit(saved, monthlyCost) : null;
                if (netBenefit is null)
                {
                    notes.Add("削減人件費を算出できないため（hourly_cost 未設定または推定できる分野なし）、純便益は算出していません");
                }
            }
        }

        return new ProviderEconomics
        {
            ProviderId = provider.Id,
            Name = provider.Name,
            Method = provider.Method,
            Candidate = provider.Candidate,
            Accuracy = Estimate.FromProportion(accuracy),
            TimeSaved = timeSaved,
            Cost = cost,
            CostPerCorrectAnswer = perCorrect,
            CostPerHourSaved = perHour,
            NetMonthlyBenefit = netBenefit,
            Notes = notes,
        };
    }

    private static List<string> OneOffNotes(ProviderProfile provider, ProviderCost cost, string currency)
    {
        if (cost.Fixed is null)
        {
            return [];
        }

        return cost.OneOff switch
        {
            null when provider.Candidate => ["一時費用（deployment.one_off: 初期費用・開発費・データ整備費）が未記入のため、月額費用に含めていません"],
            null => [],
            { Complete: false, ContractMonths: { } months } oneOff => [$"一時費用の一部が未記入のため、記入分 {Money.Amount(oneOff.Total, currency)} だけを契約 {months} か月で月割りして固定費に含めています（費用は下限）"],
            { Complete: false } => ["一時費用の一部が未記入です（記入分は 0 のため、月額費用には何も加えていません）"],
            { Total: > 0 } oneOff => [$"一時費用 {Money.Amount(oneOff.Total, currency)} を契約 {oneOff.ContractMonths} か月で月割りした {Money.Amount(oneOff.Monthly, currency)} を固定費に含めています"],
            _ => [],
        };
    }

    private static List<BreakEven> BreakEvens(List<ProviderEconomics> providers, double volume)
    {
        List<CostLine> lines =
        [
            .. providers
                .Where(p => p.Cost is { Status: CostStatus.Estimated, Fixed: not null, VariablePerTask: not null })
                .Select(p => new CostLine(p.ProviderId, p.Name, p.Cost.Fixed!.Total, p.Cost.VariablePerTask!.Value)),
        ];
        return [.. lines.SelectMany((a, i) => lines.Skip(i + 1).Select(b => BreakEvenCalculator.Between(a, b, volume)))];
    }

    private static List<string> PlanNotes(PlanEconomics economics, double volume)
    {
        var notes = new List<string>();
        if (economics.MonthlyVolume.Count == 0 || volume == 0)
        {
            notes.Add("economics.monthly_volume がない（または合計 0 件）ため、削減時間は推定できず、費用は固定費だけになります");
        }

        if (economics.HourlyCost <= 0)
        {
            notes.Add("economics.hourly_cost が未設定のため、削減人件費と純便益は推定していません");
        }

        return notes;
    }
}
