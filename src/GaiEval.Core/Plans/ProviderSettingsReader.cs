namespace GaiEval.Core.Plans;

using YamlDotNet.RepresentationModel;

/// <summary>Reads and checks a provider's nested settings: retrieval or rag, limits and pricing.</summary>
internal sealed class ProviderSettingsReader(PlanYamlReader yaml)
{
    public RetrievalSettings? Retrieval(YamlMappingNode provider, string key, string path)
    {
        if (yaml.Mapping(provider, key, path) is not { } map)
        {
            return null;
        }

        string field = PlanYamlReader.Join(path, key);
        yaml.CheckKeys(map, PlanKeys.Retrieval, field);
        RetrievalSettings defaults = key == "rag" ? RetrievalSettings.RagDefaults : new RetrievalSettings();
        string chunking = yaml.Text(map, "chunking", field) ?? defaults.Chunking;
        if (chunking is not (RetrievalSettings.HeadingsChunking or RetrievalSettings.FixedChunking))
        {
            yaml.Report(PlanYamlReader.Child(map, "chunking")!, $"{field}.chunking", $"chunking は headings または fixed にしてください（指定値: 「{chunking}」）");
        }

        return new RetrievalSettings
        {
            Chunking = chunking,
            TopK = AtLeast(map, "top_k", field, 1, defaults.TopK),
            ChunkSize = AtLeast(map, "chunk_size", field, 50, defaults.ChunkSize),
            MinScore = Between(map, "min_score", field, 0, 1, defaults.MinScore),
        };
    }

    /// <summary><c>temperature</c> (0 to 2) and <c>max_output_tokens</c> (1 or more) of a provider or a round, each reported at its line.</summary>
    public (double? Temperature, int? MaxOutputTokens) Sampling(YamlMappingNode map, string path)
    {
        double? temperature = yaml.Number(map, "temperature", path);
        if (temperature is < 0 or > 2)
        {
            yaml.Report(PlanYamlReader.Child(map, "temperature")!, $"{path}.temperature", $"temperature は 0 以上 2 以下にしてください（指定値: {temperature}）");
        }

        int? maxOutputTokens = yaml.Integer(map, "max_output_tokens", path);
        if (maxOutputTokens is < 1)
        {
            yaml.Report(PlanYamlReader.Child(map, "max_output_tokens")!, $"{path}.max_output_tokens", $"max_output_tokens は 1 以上の整数にしてください（指定値: {maxOutputTokens}）");
        }

        return (temperature, maxOutputTokens);
    }

    public ProviderLimits Limits(YamlMappingNode provider, string path)
    {
        var defaults = new ProviderLimits();
        if (yaml.Mapping(provider, "limits", path) is not { } map)
        {
            return defaults;
        }

        string field = PlanYamlReader.Join(path, "limits");
        yaml.CheckKeys(map, PlanKeys.Limits, field);
        int? rpm = yaml.Integer(map, "rpm", field);
        int? tpm = yaml.Integer(map, "tpm", field);
        ReportBelow(map, "rpm", field, rpm, 1);
        ReportBelow(map, "tpm", field, tpm, 1);
        double timeout = yaml.Number(map, "timeout_s", field) ?? defaults.TimeoutS;
        if (timeout <= 0)
        {
            yaml.Report(PlanYamlReader.Child(map, "timeout_s")!, $"{field}.timeout_s", $"timeout_s は 0 より大きい秒数にしてください（指定値: {timeout}）");
        }

        return new ProviderLimits
        {
            Concurrency = AtLeast(map, "concurrency", field, 1, defaults.Concurrency),
            Rpm = rpm,
            Tpm = tpm,
            TimeoutS = timeout,
            Retries = AtLeast(map, "retries", field, 0, defaults.Retries),
        };
    }

    public Pricing? Pricing(YamlMappingNode provider, string path)
    {
        if (yaml.Mapping(provider, "pricing", path) is not { } map)
        {
            return null;
        }

        string field = PlanYamlReader.Join(path, "pricing");
        yaml.CheckKeys(map, PlanKeys.Pricing, field);
        var defaults = new Pricing();
        double serverPrice = NotNegative(map, "server_price", field);
        int? serverLifeMonths = yaml.Integer(map, "server_life_months", field);
        ReportBelow(map, "server_life_months", field, serverLifeMonths, 1);
        if (serverPrice > 0 && serverLifeMonths is null && PlanYamlReader.Child(map, "server_life_months") is null)
        {
            yaml.Report(
                PlanYamlReader.Child(map, "server_price")!,
                $"{field}.server_price",
                "server_price を書くときは、月割りにするための server_life_months（耐用月数。例: 5年なら 60）も書いてください");
        }

        return new Pricing
        {
            Currency = yaml.Text(map, "currency", field) ?? defaults.Currency,
            InputPer1M = NotNegative(map, "input_per_1m", field),
            OutputPer1M = NotNegative(map, "output_per_1m", field),
            MonthlyFixed = NotNegative(map, "monthly_fixed", field),
            Seats = AtLeast(map, "seats", field, 0, defaults.Seats),
            SeatMonthly = NotNegative(map, "seat_monthly", field),
            LicenceMonthly = NotNegative(map, "licence_monthly", field),
            ServerPrice = serverPrice,
            ServerLifeMonths = serverLifeMonths,
            OperationsMonthly = NotNegative(map, "operations_monthly", field),
        };
    }

    public HttpTemplate? Http(YamlMappingNode provider, string path, bool required)
    {
        string field = PlanYamlReader.Join(path, "http");
        if (yaml.Mapping(provider, "http", path) is not { } map)
        {
            if (required)
            {
                yaml.Report(provider, field, "adapter http には http: { body: ..., answer_path: ... } が必要です");
            }

            return null;
        }

        yaml.CheckKeys(map, PlanKeys.Http, field);
        string? body = yaml.Text(map, "body", field);
        string? answerPath = yaml.Text(map, "answer_path", field);
        if (string.IsNullOrWhiteSpace(body))
        {
            yaml.Report(map, $"{field}.body", "body（JSON のテンプレート。{{question}} などを値の位置に書く）は必須です");
        }

        if (string.IsNullOrWhiteSpace(answerPath))
        {
            yaml.Report(map, $"{field}.answer_path", "answer_path（応答 JSON の中で回答がある場所。例: data.answer）は必須です");
        }

        string method = (yaml.Text(map, "method", field) ?? "POST").ToUpperInvariant();
        if (method is not ("POST" or "PUT" or "GET"))
        {
            yaml.Report(PlanYamlReader.Child(map, "method")!, $"{field}.method", $"method は POST / PUT / GET のいずれかにしてください（指定値: 「{method}」）");
        }

        Dictionary<string, string> headers = yaml.TextMap(map, "headers", field) ?? [];
        foreach ((string name, string value) in headers.Where(h => ApiKeyEnvCheck.HeaderHoldsKey(h.Value)))
        {
            yaml.Report(
                PlanYamlReader.Child(yaml.Mapping(map, "headers", field)!, name)!,
                $"{field}.headers.{name}",
                "キーそのものが書かれているようです。キーは環境変数に入れ、ヘッダーには ${環境変数名} と書いてください（例: Bearer ${PLATFORM_API_KEY}）");
        }

        return body is null || answerPath is null ? null : new HttpTemplate
        {
            Method = method,
            Headers = headers,
            Body = body,
            AnswerPath = answerPath,
            InputTokensPath = yaml.Text(map, "input_tokens_path", field),
            OutputTokensPath = yaml.Text(map, "output_tokens_path", field),
        };
    }

    private int AtLeast(YamlMappingNode map, string key, string path, int minimum, int fallback)
    {
        int? value = yaml.Integer(map, key, path);
        ReportBelow(map, key, path, value, minimum);
        return value ?? fallback;
    }

    private void ReportBelow(YamlMappingNode map, string key, string path, int? value, int minimum)
    {
        if (value < minimum)
        {
            yaml.Report(PlanYamlReader.Child(map, key)!, PlanYamlReader.Join(path, key), $"{key} は {minimum} 以上の整数にしてください（指定値: {value}）");
        }
    }

    private double NotNegative(YamlMappingNode map, string key, string path) => Between(map, key, path, 0, double.MaxValue, 0);

    private double Between(YamlMappingNode map, string key, string path, double minimum, double maximum, double fallback)
    {
        double? value = yaml.Number(map, key, path);
        if (value < minimum || value > maximum)
        {
            string range = maximum == double.MaxValue ? $"{minimum} 以上" : $"{minimum} 以上 {maximum} 以下";
            yaml.Report(PlanYamlReader.Child(map, key)!, PlanYamlReader.Join(path, key), $"{key} は {range}の数値にしてください（指定値: {value}）");
        }

        return value ?? fallback;
    }
}
