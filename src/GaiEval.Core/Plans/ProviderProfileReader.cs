namespace GaiEval.Core.Plans;

using System.Text.RegularExpressions;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Submissions;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads the <c>providers</c> and <c>judges</c> lists of a plan and checks each profile and the adapter's requirements.
/// Ids are unique across both lists.
/// </summary>
/// <param name="folder">The plan's folder, against which an answers file is resolved.</param>
internal sealed partial class ProviderProfileReader(PlanYamlReader yaml, bool planHasKnowledge, string folder)
{
    internal static readonly IReadOnlyDictionary<string, DeploymentMethod> Methods = new Dictionary<string, DeploymentMethod>(StringComparer.Ordinal)
    {
        ["web-service"] = DeploymentMethod.WebService,
        ["platform"] = DeploymentMethod.Platform,
        ["cloud"] = DeploymentMethod.Cloud,
        ["on-prem"] = DeploymentMethod.OnPrem,
        ["baseline"] = DeploymentMethod.Baseline,
    };

    private readonly ProviderSettingsReader settings = new(yaml);
    private readonly DeploymentProfileReader deploymentReader = new(yaml);
    private readonly Dictionary<string, int> firstLineOfId = new(StringComparer.Ordinal);

    /// <param name="required">False for a round's plan (<c>round:</c>), whose providers are the submissions.</param>
    public List<ProviderProfile> ReadAll(YamlMappingNode root, bool required = true)
    {
        YamlSequenceNode? list = yaml.Sequence(root, "providers", string.Empty);
        if ((list is null || list.Children.Count == 0) && !required)
        {
            return [];
        }

        if (list is null || list.Children.Count == 0)
        {
            yaml.Report(list ?? (YamlNode)root, "providers", "providers に評価する方式を 1 つ以上書いてください");
            return [];
        }

        return ReadList(list, "providers");
    }

    /// <summary>The optional <c>judges</c> list: providers that score answers (gaieval score --judge) and are never sent the items.</summary>
    public List<ProviderProfile> ReadJudges(YamlMappingNode root) =>
        yaml.Sequence(root, "judges", string.Empty) is { } list ? ReadList(list, "judges") : [];

    private List<ProviderProfile> ReadList(YamlSequenceNode list, string key)
    {
        var providers = new List<ProviderProfile>();
        for (int i = 0; i < list.Children.Count; i++)
        {
            if (yaml.Shaped<YamlMappingNode>(list.Children[i], $"{key}[{i}]", "「id: ...」などの組") is { } map
                && Read(map, $"{key}[{i}]") is { } provider)
            {
                providers.Add(provider);
            }
        }

        return providers;
    }

    /// <summary>
    /// The <c>endpoint:</c> block of a vendor's submission at <paramref name="path"/>: an adapter the runner can call and
    /// how to reach it, checked as a plan provider's are (a key only as an environment variable's name). The caller
    /// checks the keys; the ward assigns the id, the name and the settings shared by every endpoint of a round.
    /// </summary>
    public SubmittedEndpoint? ReadSubmittedEndpoint(YamlMappingNode map, string path)
    {
        string? named = yaml.Text(map, "adapter", path);
        string? adapter = null;
        if (named is not null && AdapterNames.All.Contains(named) && !AdapterCatalogue.Of(named).NeedsNetwork)
        {
            string endpoints = string.Join(" / ", AdapterCatalogue.All.Where(a => a.NeedsNetwork).Select(a => a.Name));
            yaml.Report(PlanYamlReader.Child(map, "adapter")!, $"{path}.adapter", $"応募のエンドポイントの adapter は {endpoints} のいずれかにしてください（指定値: 「{named}」）。画面から集めた回答は answers: answers.jsonl で出してください");
        }
        else
        {
            adapter = Adapter(map, path);
        }

        string? endpoint = Endpoint(map, path, adapter);
        string? model = Required(map, "model", path, adapter, adapter is not null && AdapterCatalogue.Of(adapter).NeedsModel);
        string? apiKeyEnv = ApiKeyEnv(map, path);
        HttpTemplate? http = settings.Http(map, path, required: adapter is not null && AdapterCatalogue.Of(adapter).NeedsHttpTemplate);
        string? tokenizer = yaml.Text(map, "tokenizer", path);
        if (adapter is null)
        {
            return null;
        }

        var submitted = new SubmittedEndpoint
        {
            Adapter = adapter,
            Endpoint = endpoint,
            Model = model,
            ApiKeyEnv = apiKeyEnv,
            ApiVersion = yaml.Text(map, "api_version", path),
            Http = http,
        };
        return string.IsNullOrWhiteSpace(tokenizer) ? submitted : submitted with { Tokenizer = tokenizer };
    }

    private ProviderProfile? Read(YamlMappingNode map, string path)
    {
        yaml.CheckKeys(map, PlanKeys.Provider, path);
        string? id = Id(map, path);
        DeploymentMethod? method = yaml.Choice(map, "method", path, Methods, required: true);
        string? adapter = Adapter(map, path);
        string? endpoint = Endpoint(map, path, adapter);
        AdapterCapabilities? capabilities = adapter is null ? null : AdapterCatalogue.Of(adapter);
        string? model = Required(map, "model", path, adapter, capabilities?.NeedsModel is true);
        string? answers = Answers(map, path, capabilities);
        string? apiKeyEnv = ApiKeyEnv(map, path);
        string? name = yaml.Text(map, "name", path);
        string? systemPrompt = yaml.Text(map, "system_prompt", path);
        RetrievalSettings? retrieval = settings.Retrieval(map, "retrieval", path);
        RetrievalSettings? rag = settings.Retrieval(map, "rag", path);
        if (rag is not null && !planHasKnowledge)
        {
            yaml.Report(PlanYamlReader.Child(map, "rag")!, $"{path}.rag", "rag を使うには plan に knowledge（知識フォルダ）を書いてください");
        }

        // A replayed answer was never retrieved for nor sent anywhere: figures of retrieval or a network check would describe
        // what did not happen.
        foreach (string unused in new[] { "rag", "retrieval", "endpoint" }.Where(key => capabilities?.AnswersFromFile is true && PlanYamlReader.Child(map, key) is not null))
        {
            yaml.Report(PlanYamlReader.Child(map, unused)!, $"{path}.{unused}", $"adapter {adapter} は回答ファイルを再生するだけなので {unused} は使えません。消してください");
        }

        ProviderLimits limits = settings.Limits(map, path);
        Pricing? pricing = settings.Pricing(map, path);
        DeploymentProfile? deployment = deploymentReader.Read(map, path);
        Sensitivity clearance = yaml.Choice(map, "clearance", path, SensitivityNames.ByName) ?? Sensitivity.Public;
        if (method is { } known)
        {
            CheckClearance(map, path, known, clearance, deployment);
        }

        bool candidate = yaml.Flag(map, "candidate", path) ?? false;
        string? tokenizer = yaml.Text(map, "tokenizer", path);
        HttpTemplate? http = settings.Http(map, path, required: capabilities?.NeedsHttpTemplate is true);
        (double? temperature, int? maxOutputTokens) = settings.Sampling(map, path);

        if (id is null || method is null || adapter is null)
        {
            return null;
        }

        var profile = new ProviderProfile
        {
            Id = id,
            Name = string.IsNullOrWhiteSpace(name) ? id : name,
            Method = method.Value,
            Adapter = adapter,
            Endpoint = endpoint,
            Model = model,
            ApiKeyEnv = apiKeyEnv,
            SystemPrompt = systemPrompt,
            ApiVersion = yaml.Text(map, "api_version", path),
            Temperature = temperature,
            MaxOutputTokens = maxOutputTokens,
            Http = http,
            Answers = answers,
            Retrieval = retrieval ?? (capabilities?.SearchesKnowledge is true ? new RetrievalSettings() : null),
            Rag = rag,
            Limits = limits,
            Pricing = pricing,
            Deployment = deployment,
            Clearance = clearance,
            Candidate = candidate,
        };
        return string.IsNullOrWhiteSpace(tokenizer) ? profile : profile with { Tokenizer = tokenizer };
    }

    /// <summary>
    /// A provider on the internet whose inputs may be used for training may receive only public items (<see cref="ClearancePolicy"/>);
    /// a higher clearance needs <c>deployment.training_use: false</c> or <c>deployment.clearance_reason</c>.
    /// </summary>
    private void CheckClearance(YamlMappingNode map, string path, DeploymentMethod method, Sensitivity clearance, DeploymentProfile? deployment)
    {
        if (!ClearancePolicy.IsPublicOnly(method, deployment) || clearance == Sensitivity.Public || deployment?.ClearanceReason is not null)
        {
            return;
        }

        string name = SensitivityNames.Name(clearance);
        string network = deployment?.Network is null ? "Webサービス（network の指定なし）はインターネット経由" : "deployment に network: internet があり";
        string training = deployment?.TrainingUse is true ? "training_use: true です" : "入力が学習に使われないこと（training_use: false）が書かれていません";
        yaml.Report(
            PlanYamlReader.Child(map, "clearance")!,
            $"{path}.clearance",
            $"clearance: {name} ですが、{network}、{training}。インターネット経由で入力が学習に使われうる方式に送れるのは public の項目だけです。"
            + "clearance を public にするか、利用規約・契約で学習に使われないと確かめたなら deployment に training_use: false を、"
            + "それ以外の理由で認めるなら clearance_reason: \"理由\"（例: 「契約で学習利用を停止済み（オプトアウト 2026-09）」）を書いてください。理由はレポートに表示されます");
    }

    private string? Id(YamlMappingNode map, string path)
    {
        string? id = yaml.Text(map, "id", path);
        if (string.IsNullOrEmpty(id))
        {
            yaml.Report(map, $"{path}.id", "id は必須です。英小文字・数字・- で書いてください（例: cloud-mini）");
            return null;
        }

        YamlNode node = PlanYamlReader.Child(map, "id")!;
        if (!IdPattern().IsMatch(id))
        {
            yaml.Report(node, $"{path}.id", $"id は英小文字・数字・- だけで書いてください（例: cloud-mini）（指定値: 「{id}」）");
        }
        else if (firstLineOfId.TryGetValue(id, out int firstLine))
        {
            yaml.Report(node, $"{path}.id", $"id「{id}」が重複しています（最初は {firstLine} 行目）。方式ごとに違う id にしてください");
        }
        else
        {
            firstLineOfId[id] = PlanYamlReader.LineOf(node);
        }

        return id;
    }

    private string? Adapter(YamlMappingNode map, string path)
    {
        string? adapter = yaml.Text(map, "adapter", path);
        YamlNode? node = PlanYamlReader.Child(map, "adapter");
        if (string.IsNullOrEmpty(adapter) || node is null)
        {
            yaml.Report(map, $"{path}.adapter", $"adapter は必須です: {string.Join(" / ", AdapterNames.All)} のいずれか");
            return null;
        }

        if (!AdapterNames.All.Contains(adapter, StringComparer.Ordinal))
        {
            yaml.Report(node, $"{path}.adapter", $"adapter は {string.Join(" / ", AdapterNames.All)} のいずれかにしてください（指定値: 「{adapter}」）");
            return null;
        }

        if (AdapterCatalogue.Of(adapter).SearchesKnowledge && !planHasKnowledge)
        {
            yaml.Report(node, $"{path}.adapter", $"{adapter} を使うには plan に knowledge（知識フォルダ）を書いてください");
        }

        return adapter;
    }

    private string? Endpoint(YamlMappingNode map, string path, string? adapter)
    {
        string? endpoint = Required(map, "endpoint", path, adapter, adapter is not null && AdapterCatalogue.Of(adapter).NeedsEndpoint);
        if (endpoint is null)
        {
            return null;
        }

        if (EndpointSecrets.FindProblem(endpoint) is { } secret)
        {
            yaml.Report(PlanYamlReader.Child(map, "endpoint")!, $"{path}.endpoint", secret);
            return null;
        }

        if (!(Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yaml.Report(PlanYamlReader.Child(map, "endpoint")!, $"{path}.endpoint", $"endpoint は http:// か https:// で始まる URL にしてください（指定値: 「{endpoint}」）");
        }

        return endpoint;
    }

    /// <summary>A text value the adapter cannot do without when <paramref name="needed"/>.</summary>
    private string? Required(YamlMappingNode map, string key, string path, string? adapter, bool needed)
    {
        string? value = yaml.Text(map, key, path);
        if (string.IsNullOrWhiteSpace(value) && needed)
        {
            yaml.Report(map, $"{path}.{key}", $"adapter {adapter} には {key} が必要です");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// The answers file of an adapter that answers from a file, resolved against the plan's folder; it must exist. Its
    /// lines are checked with the test set (PlanInputs) and again when the run reads it.
    /// </summary>
    private string? Answers(YamlMappingNode map, string path, AdapterCapabilities? capabilities)
    {
        string? value = Required(map, "answers", path, capabilities?.Name, capabilities?.AnswersFromFile is true);
        if (value is null)
        {
            return null;
        }

        YamlNode node = PlanYamlReader.Child(map, "answers")!;
        if (capabilities is { AnswersFromFile: false })
        {
            yaml.Report(node, $"{path}.answers", $"answers（回答ファイル）は adapter: {AdapterNames.Answers} の提供先にだけ書けます（この提供先は adapter: {capabilities.Name}）");
            return null;
        }

        string full = Path.GetFullPath(Path.Combine(folder, value));
        if (!File.Exists(full))
        {
            yaml.Report(node, $"{path}.answers", $"回答ファイルが見つかりません: {full}（パスは plan ファイルのフォルダからの相対パスです）");
            return null;
        }

        return full;
    }

    private string? ApiKeyEnv(YamlMappingNode map, string path)
    {
        string? name = yaml.Text(map, "api_key_env", path);
        if (name is not null && ApiKeyEnvCheck.FindProblem(name) is { } problem)
        {
            yaml.Report(PlanYamlReader.Child(map, "api_key_env")!, $"{path}.api_key_env", problem);
            return null;
        }

        return name;
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}
