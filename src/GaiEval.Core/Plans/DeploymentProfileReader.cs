namespace GaiEval.Core.Plans;

using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads a provider's <c>deployment:</c> block (<see cref="DeploymentProfile"/>). Every field is optional; a field that
/// is missing stays null, and a bad one is reported with its line and read as absent.
/// </summary>
internal sealed class DeploymentProfileReader(PlanYamlReader yaml)
{
    private const string Key = "deployment";

    private static readonly Dictionary<string, NetworkZone> Networks = new(StringComparer.Ordinal)
    {
        ["internet"] = NetworkZone.Internet,
        ["lgwan"] = NetworkZone.Lgwan,
        ["closed"] = NetworkZone.Closed,
    };

    private static readonly Dictionary<string, DataLocation> Locations = new(StringComparer.Ordinal)
    {
        ["domestic"] = DataLocation.Domestic,
        ["overseas"] = DataLocation.Overseas,
    };

    private static readonly Dictionary<string, CustomisationLevel> Customisations = new(StringComparer.Ordinal)
    {
        ["none"] = CustomisationLevel.None,
        ["prompt"] = CustomisationLevel.Prompt,
        ["rag"] = CustomisationLevel.Rag,
        ["fine-tune"] = CustomisationLevel.FineTune,
    };

    /// <summary>The profile under <c>deployment:</c> of one provider at <paramref name="path"/> (e.g. <c>providers[2]</c>); null when absent.</summary>
    public DeploymentProfile? Read(YamlMappingNode provider, string path)
    {
        if (yaml.Mapping(provider, Key, path) is not { } map)
        {
            return null;
        }

        string field = PlanYamlReader.Join(path, Key);
        yaml.CheckKeys(map, PlanKeys.Deployment, field);
        var profile = new DeploymentProfile
        {
            Network = yaml.Choice(map, "network", field, Networks),
            DataLocation = yaml.Choice(map, "data_location", field, Locations),
            RetentionDays = Integer(map, "retention_days", field, minimum: 0, "保存日数。保存しないなら 0"),
            TrainingUse = yaml.Flag(map, "training_use", field),
            Sso = yaml.Flag(map, "sso", field),
            AuditLog = yaml.Flag(map, "audit_log", field),
            Customisation = yaml.Choice(map, "customisation", field, Customisations),
            Setup = Setup(map, field),
            OneOff = OneOff(map, field),
            ContractMonths = Integer(map, "contract_months", field, minimum: 1, "契約月数。例: 3年なら 36"),
            ClearanceReason = Reason(map, field),
        };
        if (profile is { OneOff: { } oneOff, ContractMonths: null } && oneOff.StatedTotal > 0 && PlanYamlReader.Child(map, "contract_months") is null)
        {
            yaml.Report(PlanYamlReader.Child(map, "one_off")!, PlanYamlReader.Join(field, "one_off"), "一時費用を月割りにするため contract_months（契約月数。例: 3年なら 36）を書いてください");
        }

        return profile;
    }

    private SetupEffort? Setup(YamlMappingNode deployment, string path)
    {
        if (yaml.Mapping(deployment, "setup", path) is not { } map)
        {
            return null;
        }

        string field = PlanYamlReader.Join(path, "setup");
        yaml.CheckKeys(map, PlanKeys.DeploymentSetup, field);
        return new SetupEffort
        {
            StaffDays = Amount(map, "staff_days", field),
            Development = yaml.Flag(map, "development", field),
        };
    }

    private OneOffCosts? OneOff(YamlMappingNode deployment, string path)
    {
        if (yaml.Mapping(deployment, "one_off", path) is not { } map)
        {
            return null;
        }

        string field = PlanYamlReader.Join(path, "one_off");
        yaml.CheckKeys(map, PlanKeys.DeploymentOneOff, field);
        return new OneOffCosts
        {
            Initial = Amount(map, "initial", field),
            Development = Amount(map, "development", field),
            DataPreparation = Amount(map, "data_preparation", field),
        };
    }

    /// <summary>The stated reason for overriding the clearance policy; null when missing, blank text is an error.</summary>
    private string? Reason(YamlMappingNode map, string path)
    {
        string? reason = yaml.Text(map, "clearance_reason", path);
        if (reason is not null && string.IsNullOrWhiteSpace(reason))
        {
            yaml.Report(PlanYamlReader.Child(map, "clearance_reason")!, PlanYamlReader.Join(path, "clearance_reason"), "clearance_reason には理由を文章で書いてください（例: 「契約で学習利用を停止済み（オプトアウト 2026-09）」）");
            return null;
        }

        return reason?.Trim();
    }

    /// <summary>A number ≥ 0 (an amount of money or of staff-days); null when missing or bad.</summary>
    private double? Amount(YamlMappingNode map, string key, string path)
    {
        double? value = yaml.Number(map, key, path);
        if (value < 0)
        {
            yaml.Report(PlanYamlReader.Child(map, key)!, PlanYamlReader.Join(path, key), $"{key} は 0 以上の数値にしてください（指定値: {value}）");
            return null;
        }

        return value;
    }

    /// <summary>A whole number ≥ <paramref name="minimum"/>; null when missing or bad.</summary>
    private int? Integer(YamlMappingNode map, string key, string path, int minimum, string meaning)
    {
        int? value = yaml.Integer(map, key, path);
        if (value < minimum)
        {
            yaml.Report(PlanYamlReader.Child(map, key)!, PlanYamlReader.Join(path, key), $"{key} は {minimum} 以上の整数にしてください（{meaning}）（指定値: {value}）");
            return null;
        }

        return value;
    }
}
