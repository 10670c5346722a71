namespace GaiEval.Core.Collection;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

/// <summary>Finds the manual provider (adapter: manual) a collect command names in a plan.</summary>
public static class ManualProviders
{
    /// <summary>The provider, or null after adding to <paramref name="errors"/> why it cannot be collected for.</summary>
    public static ProviderProfile? Find(EvalPlan plan, string providerId, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(errors);
        ProviderProfile? provider = plan.Providers.FirstOrDefault(p => p.Id == providerId);
        if (provider is null)
        {
            errors.Add(new InputError(plan.PlanFile, 0, "--provider", $"計画「{plan.Name}」に提供先「{providerId}」はありません。{Known(plan)}"));
            return null;
        }

        if (!AdapterCatalogue.Of(provider.Adapter).CollectedByHand)
        {
            errors.Add(new InputError(
                plan.PlanFile,
                0,
                "--provider",
                $"提供先「{providerId}」のアダプターは {provider.Adapter} です。シートで回答を集めるのは adapter: manual の提供先だけです。{Known(plan)}"));
            return null;
        }

        return provider;
    }

    private static string Known(EvalPlan plan)
    {
        string[] ids = [.. plan.Providers.Where(p => AdapterCatalogue.Of(p.Adapter).CollectedByHand).Select(p => p.Id)];
        return ids.Length == 0
            ? "この計画には adapter: manual の提供先がありません。"
            : $"adapter: manual の提供先: {string.Join(", ", ids)}";
    }
}
