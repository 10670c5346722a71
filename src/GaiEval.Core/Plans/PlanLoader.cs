namespace GaiEval.Core.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Loads a run plan from YAML and checks it. Paths are resolved against the plan file's folder. Throws
/// <see cref="InputException"/> carrying every error found, each with its YAML line.
/// </summary>
public static class PlanLoader
{
    public static EvalPlan Load(string planPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(planPath);
        var errors = new InputErrorCollector(planPath);
        if (!File.Exists(planPath))
        {
            errors.Add(0, "file", "plan ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        YamlMappingNode root = Parse(planPath, errors);
        var yaml = new PlanYamlReader(errors);
        yaml.CheckKeys(root, PlanKeys.Root, string.Empty);
        string folder = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
        string? name = yaml.Text(root, "name", string.Empty);
        if (string.IsNullOrWhiteSpace(name))
        {
            yaml.Report(PlanYamlReader.Child(root, "name") ?? root, "name", "name は必須です。評価の名前を書いてください（例: みどり区 住民問合せ PoC 第1回）");
        }

        string? testSet = ExistingPath(yaml, root, "testset", folder, File.Exists, "テストセットのファイル");
        if (testSet is null && PlanYamlReader.Child(root, "testset") is null)
        {
            yaml.Report(root, "testset", "testset は必須です。テストセットのファイル（.jsonl か .csv）を書いてください");
        }

        string? knowledge = ExistingPath(yaml, root, "knowledge", folder, Directory.Exists, "知識フォルダ");
        int repeats = yaml.Integer(root, "repeats", string.Empty) ?? 1;
        if (repeats < 1)
        {
            yaml.Report(PlanYamlReader.Child(root, "repeats")!, "repeats", $"repeats は 1 以上の整数にしてください（指定値: {repeats}）");
        }

        bool cache = yaml.Flag(root, "cache", string.Empty) ?? false;
        bool planHasKnowledge = PlanYamlReader.Child(root, "knowledge") is not null;
        var profiles = new ProviderProfileReader(yaml, planHasKnowledge, folder);
        RoundSettings? round = new RoundSettingsReader(yaml, planHasKnowledge).Read(root);
        List<ProviderProfile> providers = profiles.ReadAll(root, required: round is null);
        if (round is not null && providers.Count > 0)
        {
            yaml.Report(PlanYamlReader.Child(root, "providers")!, "providers",
                "round: のある計画（ベンダー評価の回）には providers を書けません。回の提供先は応募から作ります。区の方式と比べるなら別の計画で実行してください");
        }

        List<ProviderProfile> judges = profiles.ReadJudges(root);
        Economics? economics = new EconomicsReader(yaml).Read(root);
        List<Criterion> criteria = new CriterionReader(yaml).ReadAll(root);
        KpiSettings? kpi = new KpiReader(yaml, folder).Read(root, providers);
        RiskSettings risk = new RiskReader(yaml, folder).Read(root);
        errors.ThrowIfAny();
        return new EvalPlan
        {
            Name = name!,
            PlanFile = Path.GetFullPath(planPath),
            TestSet = testSet!,
            Knowledge = knowledge,
            Repeats = repeats,
            Cache = cache,
            Providers = providers,
            Judges = judges,
            Economics = economics,
            Criteria = criteria,
            Kpi = kpi,
            Risk = ProbeSetLoader.Complete(risk),
            Round = round,
        };
    }

    private static YamlMappingNode Parse(string path, InputErrorCollector errors) =>
        YamlMappingFile.Load(path, errors, "plan は「name: ...」「providers: ...」などのキーを並べた YAML にしてください");

    /// <summary>Resolves a path against the plan's folder and checks that it exists; null when absent or missing.</summary>
    /// <summary>
    /// Resolves a path against <paramref name="folder"/> (the folder of the file that names it, <paramref name="fileLabel"/>)
    /// and checks that it exists; null when absent or missing (reported at the key).
    /// </summary>
    internal static string? ExistingPath(
        PlanYamlReader yaml, YamlMappingNode root, string key, string folder, Func<string, bool> exists, string what, string fileLabel = "plan ファイル")
    {
        string? value = yaml.Text(root, key, string.Empty);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(folder, value));
        if (exists(path))
        {
            return path;
        }

        yaml.Report(PlanYamlReader.Child(root, key)!, key, $"{what}が見つかりません: {path}（パスは {fileLabel}のフォルダからの相対パスです）");
        return null;
    }
}
