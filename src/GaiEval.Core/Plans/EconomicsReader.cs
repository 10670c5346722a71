namespace GaiEval.Core.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads the plan's <c>economics</c>: currency, exchange rates, hourly cost and monthly volumes, and checks that every
/// provider's pricing currency can be converted into the plan's currency.
/// </summary>
internal sealed class EconomicsReader(PlanYamlReader yaml)
{
    private const string Path = "economics";

    public Economics? Read(YamlMappingNode root)
    {
        if (yaml.Mapping(root, Path, string.Empty) is not { } map)
        {
            return null;
        }

        yaml.CheckKeys(map, PlanKeys.Economics, Path);
        var defaults = new Economics();
        double? hourlyCost = yaml.Number(map, "hourly_cost", Path);
        if (hourlyCost < 0)
        {
            yaml.Report(PlanYamlReader.Child(map, "hourly_cost")!, $"{Path}.hourly_cost", $"hourly_cost は 0 以上の数値にしてください（指定値: {hourlyCost}）");
        }

        var economics = new Economics
        {
            Currency = yaml.Text(map, "currency", Path) ?? defaults.Currency,
            Exchange = yaml.NumberMap(map, "exchange", Path, minimum: double.Epsilon) ?? defaults.Exchange,
            HourlyCost = hourlyCost ?? defaults.HourlyCost,
            MonthlyVolume = yaml.NumberMap(map, "monthly_volume", Path, minimum: 0) ?? defaults.MonthlyVolume,
            MonthlyVolumeBySensitivity = VolumeBySensitivity(map),
        };
        CheckPricingCurrencies(root, map, economics.Currency);
        return economics;
    }

    /// <summary><c>monthly_volume_by_sensitivity: { public: 4000, internal: 2000, confidential: 650 }</c>; unknown names are reported.</summary>
    private Dictionary<Sensitivity, double>? VolumeBySensitivity(YamlMappingNode map)
    {
        const string key = "monthly_volume_by_sensitivity";
        if (yaml.NumberMap(map, key, Path, minimum: 0) is not { } volumes)
        {
            return null;
        }

        var result = new Dictionary<Sensitivity, double>();
        foreach ((string name, double volume) in volumes)
        {
            if (SensitivityNames.ByName.TryGetValue(name, out Sensitivity sensitivity))
            {
                result[sensitivity] = volume;
            }
            else
            {
                var entries = (YamlMappingNode)PlanYamlReader.Child(map, key)!;
                yaml.Report(
                    entries.Children.Keys.First(k => (k as YamlScalarNode)?.Value == name),
                    $"{Path}.{key}.{name}",
                    ClosestName.Find(name, SensitivityNames.ByName.Keys) is { } closest
                        ? $"取扱区分は {string.Join(" | ", SensitivityNames.ByName.Keys)} のどれかです。「{closest}」のことですか？"
                        : $"取扱区分は {string.Join(" | ", SensitivityNames.ByName.Keys)} のどれかです");
            }
        }

        return result;
    }

    /// <summary>
    /// Reports each provider whose pricing currency is neither the plan's currency nor listed under <c>exchange</c>, and each
    /// provider with one-off costs (<c>deployment.one_off</c>, in the pricing currency) but no pricing whose default currency cannot be converted.
    /// </summary>
    private void CheckPricingCurrencies(YamlMappingNode root, YamlMappingNode economics, string currency)
    {
        HashSet<string> rates = PlanYamlReader.Child(economics, "exchange") is YamlMappingNode exchange
            ? [.. exchange.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty)]
            : [];
        if (PlanYamlReader.Child(root, "providers") is not YamlSequenceNode providers)
        {
            return;
        }

        for (int i = 0; i < providers.Children.Count; i++)
        {
            if (providers.Children[i] is not YamlMappingNode provider)
            {
                continue;
            }

            if (PlanYamlReader.Child(provider, "pricing") is YamlMappingNode pricing)
            {
                YamlNode? currencyNode = PlanYamlReader.Child(pricing, "currency");
                string? priced = currencyNode is null ? new Pricing().Currency : (currencyNode as YamlScalarNode)?.Value;
                if (priced is not null && !IsConvertible(priced, currency, rates))
                {
                    yaml.Report(
                        currencyNode ?? pricing,
                        $"providers[{i}].pricing.currency",
                        $"{priced} から {currency} への為替レートがありません。economics.exchange に「{priced}: 150」のように 1 {priced} が何 {currency} かを書いてください");
                }
            }
            else if (OneOffNode(provider) is { } oneOff && !IsConvertible(new Pricing().Currency, currency, rates))
            {
                string yen = new Pricing().Currency;
                yaml.Report(
                    oneOff,
                    $"providers[{i}].deployment.one_off",
                    $"one_off の金額は pricing.currency の通貨で読みます。pricing がないため {yen} とみなしますが、{yen} から {currency} への為替レートがありません。"
                    + $"pricing: {{ currency: {currency} }} を書くか、economics.exchange に {yen} のレートを書いてください");
            }
        }
    }

    private static bool IsConvertible(string priced, string currency, HashSet<string> rates) => priced == currency || rates.Contains(priced);

    private static YamlNode? OneOffNode(YamlMappingNode provider) =>
        PlanYamlReader.Child(provider, "deployment") is YamlMappingNode deployment ? PlanYamlReader.Child(deployment, "one_off") : null;
}
