namespace GaiEval.Core.Plans;

using YamlDotNet.RepresentationModel;

/// <summary>Reads the plan's <c>economics</c>: currency, exchange rates, hourly cost and monthly volumes.</summary>
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

        return new Economics
        {
            Currency = yaml.Text(map, "currency", Path) ?? defaults.Currency,
            Exchange = yaml.NumberMap(map, "exchange", Path, minimum: double.Epsilon) ?? defaults.Exchange,
            HourlyCost = hourlyCost ?? defaults.HourlyCost,
            MonthlyVolume = yaml.NumberMap(map, "monthly_volume", Path, minimum: 0) ?? defaults.MonthlyVolume,
        };
    }
}
