namespace GaiEval.Core.Rounds.Submissions;

using System.Globalization;
using System.Text.RegularExpressions;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Plans;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Loads a vendor's submission folder (<c>submission.yaml</c>) and checks it. Throws <see cref="InputException"/>
/// carrying every fault found, each with its YAML line. The answers file is only looked for here; its lines are
/// checked by <see cref="SubmissionAnswersReader"/> against the round's test set.
/// </summary>
public static partial class SubmissionLoader
{
    public const string ManifestName = "submission.yaml";


    private static readonly IReadOnlyDictionary<string, DeploymentMethod> Methods =
        ProviderProfileReader.Methods.Where(method => method.Value != DeploymentMethod.Baseline).ToDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Loads the submission in <paramref name="folder"/> (or the folder of a <c>submission.yaml</c> given as the path);
    /// a statement dated after today (Japan time) is refused.
    /// </summary>
    public static Submission Load(string folder) => Load(folder, JstCalendar.Day(DateTimeOffset.UtcNow));

    /// <param name="today">The day the submission is checked on: the statement may not be dated later.</param>
    public static Submission Load(string folder, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(root) && Path.GetFileName(root) == ManifestName)
        {
            root = Path.GetDirectoryName(root)!;
        }

        string manifest = Path.Combine(root, ManifestName);
        var errors = new InputErrorCollector(manifest);
        if (!File.Exists(manifest))
        {
            errors.Add(0, "file", $"{ManifestName} が見つかりません。応募フォルダに {ManifestName} を置いてください");
            errors.ThrowIfAny();
        }

        YamlMappingNode map = YamlMappingFile.Load(manifest, errors, "submission.yaml は「vendor: ...」「product: ...」などのキーを並べた YAML にしてください");
        var yaml = new PlanYamlReader(errors);
        yaml.CheckKeys(map, SubmissionKeys.Root, string.Empty);
        CheckLiteralKeys(yaml, map, string.Empty);
        string? vendor = RequiredText(yaml, map, "vendor", "応募する事業者の名前（例: 架空ソリューションズ株式会社）");
        string? product = RequiredText(yaml, map, "product", "製品・サービスの名前");
        string? model = RequiredText(yaml, map, "model", "使っているモデルの名前");
        string? modelVersion = RequiredText(yaml, map, "model_version", "モデルの版（例: 2026-10-01）");
        DeploymentMethod? method = yaml.Choice(map, "method", string.Empty, Methods, required: true);
        DeploymentProfile? deployment = new DeploymentProfileReader(yaml).Read(map, string.Empty);
        RefuseClearanceReason(yaml, map);
        string? hosting = RequiredText(yaml, map, "hosting", "どこで動いているか（例: 国内リージョンのクラウド、区の庁舎内サーバー）");
        string? dataTerms = DataTerms(yaml, map, deployment);
        Pricing? pricing = new ProviderSettingsReader(yaml).Pricing(map, string.Empty);
        SubmissionContact? contact = Contact(yaml, map);
        int? variantsTried = VariantsTried(yaml, map);
        SubmissionStatement? statement = Statement(yaml, map, today);
        (SubmittedEndpoint? endpoint, string? answers) = EndpointOrAnswers(yaml, map, root);
        errors.ThrowIfAny();
        return new Submission
        {
            Folder = root,
            ManifestFile = manifest,
            Vendor = vendor!,
            Product = product!,
            Model = model!,
            ModelVersion = modelVersion!,
            Method = method!.Value,
            Deployment = deployment,
            Hosting = hosting!,
            DataTerms = dataTerms,
            Pricing = pricing,
            Contact = contact!,
            VariantsTried = variantsTried!.Value,
            Statement = statement!,
            Endpoint = endpoint,
            AnswersFile = answers,
        };
    }

    /// <summary>
    /// <c>deployment.clearance_reason</c> lets a plan send internal items to a method that may train on them; only the
    /// ward may grant that, so a vendor may not write it.
    /// </summary>
    private static void RefuseClearanceReason(PlanYamlReader yaml, YamlMappingNode map)
    {
        if (PlanYamlReader.Child(map, "deployment") is YamlMappingNode deployment && PlanYamlReader.Child(deployment, "clearance_reason") is { } reason)
        {
            yaml.Report(reason, "deployment.clearance_reason",
                "clearance_reason は区が決めるもので、応募には書けません。学習に使われないなら training_use: false を書いてください");
        }
    }

    private static string? RequiredText(PlanYamlReader yaml, YamlMappingNode map, string key, string what, string path = "")
    {
        string? value = yaml.Text(map, key, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (value is not null || PlanYamlReader.Child(map, key) is null)
            {
                yaml.Report(PlanYamlReader.Child(map, key) ?? map, PlanYamlReader.Join(path, key), $"{key} は必須です。{what}を書いてください");
            }

            return null;
        }

        return value.Trim();
    }

    /// <summary>Retention and training use: free text, required unless the deployment profile states both.</summary>
    private static string? DataTerms(PlanYamlReader yaml, YamlMappingNode map, DeploymentProfile? deployment)
    {
        if (deployment is { RetentionDays: not null, TrainingUse: not null } && PlanYamlReader.Child(map, "data_terms") is null)
        {
            return null;
        }

        return RequiredText(yaml, map, "data_terms", "送ったデータの保存期間と学習への利用の有無（deployment に retention_days と training_use を書けば省略できます）");
    }

    private static SubmissionContact? Contact(PlanYamlReader yaml, YamlMappingNode map)
    {
        if (Block(yaml, map, "contact", SubmissionKeys.Contact, "問い合わせ先（name と email）") is not { } contact)
        {
            return null;
        }

        string? name = RequiredText(yaml, contact, "name", "担当者の名前", "contact");
        string? email = RequiredText(yaml, contact, "email", "担当者のメールアドレス", "contact");
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            yaml.Report(PlanYamlReader.Child(contact, "email")!, "contact.email", $"email はメールアドレス（例: eval@example.co.jp）にしてください（指定値: 「{email}」）");
            return null;
        }

        return name is null || email is null ? null : new SubmissionContact(name, email);
    }

    private static int? VariantsTried(PlanYamlReader yaml, YamlMappingNode map)
    {
        const string Meaning = "この応募の前に試した版（設定・プロンプト・モデルの違うもの）の数。初めてなら 0";
        if (PlanYamlReader.Child(map, "variants_tried") is not { } node)
        {
            yaml.Report(map, "variants_tried", $"variants_tried は必須です。{Meaning}（順位表に表示されます）");
            return null;
        }

        int? value = yaml.Integer(map, "variants_tried", string.Empty);
        if (value < 0)
        {
            yaml.Report(node, "variants_tried", $"variants_tried は 0 以上の整数にしてください（{Meaning}）（指定値: {value}）");
            return null;
        }

        return value;
    }

    private static SubmissionStatement? Statement(PlanYamlReader yaml, YamlMappingNode map, DateOnly today)
    {
        if (Block(yaml, map, "statement", SubmissionKeys.Statement, "非公開の項目で調整していないことの誓約（text・signed_by・date）") is not { } statement)
        {
            return null;
        }

        string? text = RequiredText(yaml, statement, "text", "誓約文（例: 本応募は非公開の評価項目を用いて調整していません）", "statement");
        string? signedBy = RequiredText(yaml, statement, "signed_by", "署名した人の名前と役職", "statement");
        string? dateText = RequiredText(yaml, statement, "date", "署名した日（例: 2026-11-20）", "statement");
        if (dateText is null)
        {
            return null;
        }

        YamlNode dateNode = PlanYamlReader.Child(statement, "date")!;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            yaml.Report(dateNode, "statement.date", $"date は「2026-11-20」の形の日付にしてください（指定値: 「{dateText}」）");
            return null;
        }

        if (date > today)
        {
            yaml.Report(dateNode, "statement.date", $"date が未来の日付です（指定値: {dateText}、今日: {today:yyyy-MM-dd}）。署名した日を書いてください");
            return null;
        }

        return text is null || signedBy is null ? null : new SubmissionStatement(text, signedBy, date);
    }

    /// <summary>A required mapping whose keys are checked; null (reported) when missing or not a mapping.</summary>
    private static YamlMappingNode? Block(PlanYamlReader yaml, YamlMappingNode map, string key, IReadOnlyList<string> known, string what)
    {
        YamlNode? node = PlanYamlReader.Child(map, key);
        if (node is null)
        {
            yaml.Report(map, key, $"{key} は必須です。{what}を書いてください");
            return null;
        }

        if (yaml.Mapping(map, key, string.Empty) is not { } block)
        {
            return null;
        }

        yaml.CheckKeys(block, known, key);
        return block;
    }

    private static (SubmittedEndpoint? Endpoint, string? Answers) EndpointOrAnswers(PlanYamlReader yaml, YamlMappingNode map, string folder)
    {
        YamlNode? endpointNode = PlanYamlReader.Child(map, "endpoint");
        YamlNode? answersNode = PlanYamlReader.Child(map, "answers");
        if (endpointNode is null && answersNode is null)
        {
            yaml.Report(map, "endpoint", "endpoint（区が呼び出す API の設定）か answers（回答ファイル。例: answers: answers.jsonl）のどちらか一方を書いてください");
            return (null, null);
        }

        if (endpointNode is not null && answersNode is not null)
        {
            int endpointLine = KeyLine(map, "endpoint");
            int answersLine = KeyLine(map, "answers");
            (string later, int laterLine, int earlierLine) = endpointLine > answersLine ? ("endpoint", endpointLine, answersLine) : ("answers", answersLine, endpointLine);
            yaml.Errors.Add(laterLine, later, $"endpoint と answers の両方が書かれています（もう一方は {earlierLine} 行目）。どちらか一方にしてください");
            return (null, null);
        }

        return endpointNode is not null ? (Endpoint(yaml, map), null) : (null, AnswersFile(yaml, map, folder));
    }

    private static SubmittedEndpoint? Endpoint(PlanYamlReader yaml, YamlMappingNode map)
    {
        if (yaml.Mapping(map, "endpoint", string.Empty) is not { } block)
        {
            return null;
        }

        foreach (YamlNode name in block.Children.Keys)
        {
            string key = (name as YamlScalarNode)?.Value ?? name.ToString();
            string field = PlanYamlReader.Join("endpoint", key);
            if (SubmissionKeys.WardAssigned.Contains(key, StringComparer.Ordinal))
            {
                yaml.Report(name, field, $"{key} は区が決めます（id・名前は区が割り当て、システムプロンプト・検索・制限・温度などは全応募で同じにします）。endpoint から消してください");
            }
            else if (SubmissionKeys.TopLevel.Contains(key, StringComparer.Ordinal))
            {
                yaml.Report(name, field, $"{key} は endpoint の中ではなく、submission.yaml の一番上の階層に書いてください");
            }
            else if (!SubmissionKeys.Endpoint.Contains(key, StringComparer.Ordinal))
            {
                yaml.Report(name, field, ClosestName.UnknownMessage(key, [.. SubmissionKeys.Endpoint]));
            }
        }

        return new ProviderProfileReader(yaml, planHasKnowledge: false, folder: string.Empty).ReadSubmittedEndpoint(block, "endpoint");
    }

    private static string? AnswersFile(PlanYamlReader yaml, YamlMappingNode map, string folder)
    {
        string? value = yaml.Text(map, "answers", string.Empty);
        if (string.IsNullOrWhiteSpace(value))
        {
            yaml.Report(PlanYamlReader.Child(map, "answers")!, "answers", "answers には回答ファイルの名前を書いてください（例: answers.jsonl）");
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(folder, value));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            yaml.Report(PlanYamlReader.Child(map, "answers")!, "answers", $"回答ファイルは応募フォルダの中に置いてください（指定値: 「{value}」）");
            return null;
        }

        if (!File.Exists(path))
        {
            yaml.Report(PlanYamlReader.Child(map, "answers")!, "answers", $"回答ファイルが見つかりません: {path}（パスは submission.yaml のフォルダからの相対パスです）");
            return null;
        }

        return path;
    }

    private static int KeyLine(YamlMappingNode map, string key) =>
        PlanYamlReader.LineOf(map.Children.Keys.First(name => name is YamlScalarNode { Value: var text } && text == key));

    /// <summary>Refuses a value anywhere in the manifest that starts as a key does (sk-..., ghp_...), without repeating it.</summary>
    private static void CheckLiteralKeys(PlanYamlReader yaml, YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    string key = (name as YamlScalarNode)?.Value ?? string.Empty;
                    string field = PlanYamlReader.Join(path, key);
                    if (field is not ("endpoint.api_key_env" or "endpoint.http.headers"))
                    {
                        CheckLiteralKeys(yaml, value, field);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    CheckLiteralKeys(yaml, sequence.Children[i], $"{path}[{i}]");
                }

                break;
            case YamlScalarNode { Value: { } text } when ApiKeyEnvCheck.StartsLikeKey(text.Trim()):
                yaml.Report(node, path, "API キーそのものが書かれているようです。キーはファイルに書かず環境変数に入れ、endpoint.api_key_env に環境変数の名前（例: VENDOR_API_KEY）だけを書いてください");
                break;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();
}
