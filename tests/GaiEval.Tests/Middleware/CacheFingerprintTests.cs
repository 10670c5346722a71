namespace GaiEval.Tests.Middleware;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Middleware;
using GaiEval.Tests.Knowledge;

public sealed class CacheFingerprintTests
{
    private const string FakeKey = "sk-test-0123456789abcdefghijklmnop";
    private const string KnowledgeHash = "0f3a";

    private static readonly ProviderProfile Cloud = new()
    {
        Id = "cloud-mini",
        Name = "クラウド（OpenAI互換API）",
        Method = DeploymentMethod.Cloud,
        Adapter = AdapterNames.OpenAi,
        Endpoint = "https://api.openai.com/v1",
        Model = "gpt-4o-mini",
        ApiKeyEnv = "OPENAI_API_KEY",
        SystemPrompt = "あなたはみどり区の職員です。",
        Temperature = 0,
        MaxOutputTokens = 500,
        Rag = new RetrievalSettings { TopK = 4 },
    };

    public static TheoryData<string, ProviderProfile> AnswerChanging => new()
    {
        { "adapter", Cloud with { Adapter = AdapterNames.AzureOpenAi } },
        { "endpoint", Cloud with { Endpoint = "http://localhost:8000/v1" } },
        { "model", Cloud with { Model = "gpt-4o" } },
        { "api version", Cloud with { ApiVersion = "2024-10-21" } },
        { "system prompt", Cloud with { SystemPrompt = "あなたはあおば区の職員です。" } },
        { "temperature", Cloud with { Temperature = 0.7 } },
        { "max output tokens", Cloud with { MaxOutputTokens = 800 } },
        { "rag top k", Cloud with { Rag = new RetrievalSettings { TopK = 2 } } },
        { "rag chunking", Cloud with { Rag = new RetrievalSettings { TopK = 4, Chunking = RetrievalSettings.FixedChunking } } },
        { "rag threshold", Cloud with { Rag = new RetrievalSettings { TopK = 4, MinScore = 0.5 } } },
        { "no rag", Cloud with { Rag = null } },
        { "tokenizer", Cloud with { Tokenizer = "o200k_harmony" } },
    };

    [Theory]
    [MemberData(nameof(AnswerChanging))]
    public void Changes_with_every_setting_that_can_change_an_answer(string setting, ProviderProfile changed)
    {
        string original = ProviderFingerprint.For(Cloud, KnowledgeHash);

        Assert.True(original != ProviderFingerprint.For(changed, KnowledgeHash), $"changing the {setting} left the fingerprint as it was");
    }

    [Fact]
    public void Stays_the_same_for_settings_that_do_not_change_an_answer()
    {
        ProviderProfile renamed = Cloud with
        {
            Id = "cloud-mini-2",
            Name = "別名",
            ApiKeyEnv = "OTHER_KEY",
            Limits = new ProviderLimits { Rpm = 10, Tpm = 1000, Retries = 0 },
            Pricing = new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.6 },
            Candidate = true,
        };

        Assert.Equal(ProviderFingerprint.For(Cloud, KnowledgeHash), ProviderFingerprint.For(renamed, KnowledgeHash));
    }

    [Fact]
    public void Changes_with_the_documents_a_retrieving_provider_may_be_given_and_only_then()
    {
        // Cloud retrieves (rag): the same question is answered from other passages when the clearance ceiling moves, whether
        // the clearance is edited or the deployment profile lowers it (internet and training use not stated false).
        ProviderProfile confidential = Cloud with { Clearance = Sensitivity.Confidential };
        ProviderProfile lowered = confidential with { Deployment = new DeploymentProfile { Network = NetworkZone.Internet } };
        ProviderProfile withoutRag = Cloud with { Rag = null };

        Assert.NotEqual(ProviderFingerprint.For(Cloud, KnowledgeHash), ProviderFingerprint.For(confidential, KnowledgeHash));
        Assert.NotEqual(ProviderFingerprint.For(confidential, KnowledgeHash), ProviderFingerprint.For(lowered, KnowledgeHash));
        Assert.Equal(ProviderFingerprint.For(Cloud, KnowledgeHash), ProviderFingerprint.For(lowered, KnowledgeHash));
        Assert.Equal(ProviderFingerprint.For(withoutRag, KnowledgeHash), ProviderFingerprint.For(withoutRag with { Clearance = Sensitivity.Confidential }, KnowledgeHash));
    }

    [Fact]
    public void Changes_with_the_knowledge_only_for_a_provider_that_retrieves()
    {
        ProviderProfile withoutRag = Cloud with { Rag = null };
        ProviderProfile baseline = new()
        {
            Id = "bm25-headings",
            Name = "検索ベースライン",
            Method = DeploymentMethod.Baseline,
            Adapter = AdapterNames.BuiltinRetrieval,
        };

        Assert.NotEqual(ProviderFingerprint.For(Cloud, "aaaa"), ProviderFingerprint.For(Cloud, "bbbb"));
        Assert.NotEqual(ProviderFingerprint.For(baseline, "aaaa"), ProviderFingerprint.For(baseline, "bbbb"));
        Assert.Equal(ProviderFingerprint.For(withoutRag, "aaaa"), ProviderFingerprint.For(withoutRag, "bbbb"));
    }

    [Fact]
    public void Never_contains_a_header_value_but_changes_when_one_changes()
    {
        ProviderProfile platform = Cloud with
        {
            Adapter = AdapterNames.Http,
            Http = new HttpTemplate
            {
                Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {FakeKey}" },
                Body = """{"q":"{{question}}"}""",
                AnswerPath = "data.answer",
            },
        };
        ProviderProfile otherHeader = platform with
        {
            Http = platform.Http! with { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${PLATFORM_TOKEN}" } },
        };

        string fingerprint = ProviderFingerprint.For(platform, KnowledgeHash);

        Assert.DoesNotContain(FakeKey, fingerprint);
        Assert.DoesNotContain("0123456789abcdefghijklmnop", fingerprint);
        Assert.Contains("Authorization", fingerprint);
        Assert.NotEqual(fingerprint, ProviderFingerprint.For(otherHeader, KnowledgeHash));
        Assert.NotEqual(fingerprint, ProviderFingerprint.For(platform with { Http = platform.Http! with { AnswerPath = "answer" } }, KnowledgeHash));
    }

    [Fact]
    public void Is_written_as_reflection_wrote_it_so_that_stored_cache_entries_stay_found()
    {
        ProviderProfile platform = Cloud with
        {
            Adapter = AdapterNames.Http,
            Retrieval = new RetrievalSettings { Chunking = RetrievalSettings.FixedChunking },
            Http = new HttpTemplate
            {
                Headers = new Dictionary<string, string> { ["X-Key"] = "${PLATFORM_TOKEN}", ["Authorization"] = "Bearer x" },
                Body = """{"q":"{{question}}"}""",
                AnswerPath = "data.answer",
                OutputTokensPath = "usage.out",
            },
        };

        Assert.Equal(ReflectedFingerprint(platform, KnowledgeHash), ProviderFingerprint.For(platform, KnowledgeHash));
        Assert.Equal(ReflectedFingerprint(Cloud with { Rag = null }, null), ProviderFingerprint.For(Cloud with { Rag = null }, null));
    }

    [Fact]
    public void Never_contains_the_key_read_from_the_environment()
    {
        string variable = "GAIEVAL_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, FakeKey);
        try
        {
            string fingerprint = ProviderFingerprint.For(Cloud with { ApiKeyEnv = variable }, KnowledgeHash);

            Assert.DoesNotContain(FakeKey, fingerprint);
            Assert.DoesNotContain(variable, fingerprint);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Knowledge_content_hash_is_the_same_for_the_same_documents_in_another_folder_and_changes_with_any_edit()
    {
        using var first = new TempKnowledgeFolder();
        using var copy = new TempKnowledgeFolder();
        using var bodyEdited = new TempKnowledgeFolder();
        using var metadataEdited = new TempKnowledgeFolder();
        using var renamed = new TempKnowledgeFolder();
        first.Write("住民票.md", TempKnowledgeFolder.FeeDocument);
        copy.Write("住民票.md", TempKnowledgeFolder.FeeDocument);
        bodyEdited.Write("住民票.md", TempKnowledgeFolder.FeeDocument.Replace("1通300円", "1通350円", StringComparison.Ordinal));
        metadataEdited.Write("住民票.md", TempKnowledgeFolder.FeeDocument.Replace("2026-04-01", "2026-04-02", StringComparison.Ordinal));
        renamed.Write("住民票2.md", TempKnowledgeFolder.FeeDocument);

        string hash = KnowledgeBaseLoader.Load(first.Path).ContentHash;

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, KnowledgeBaseLoader.Load(copy.Path).ContentHash);
        Assert.NotEqual(hash, KnowledgeBaseLoader.Load(bodyEdited.Path).ContentHash);
        Assert.NotEqual(hash, KnowledgeBaseLoader.Load(metadataEdited.Path).ContentHash);
        Assert.NotEqual(hash, KnowledgeBaseLoader.Load(renamed.Path).ContentHash);
    }

    /// <summary>The fingerprint as it was written before compile-time metadata: anonymous types and reflection.</summary>
    private static string ReflectedFingerprint(ProviderProfile profile, string? knowledgeHash)
    {
        bool retrieves = AdapterCatalogue.Of(profile.Adapter).SearchesKnowledge || profile.Rag is not null;
        object? http = profile.Http is { } template
            ? new
            {
                method = template.Method,
                headers = template.Headers.OrderBy(h => h.Key, StringComparer.Ordinal)
                    .Select(h => new[] { h.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(h.Value))) }).ToArray(),
                body = template.Body,
                answer_path = template.AnswerPath,
                input_tokens_path = template.InputTokensPath,
                output_tokens_path = template.OutputTokensPath,
            }
            : null;
        var fields = new
        {
            version = "gaieval-provider/2",
            adapter = profile.Adapter,
            endpoint = profile.Endpoint,
            model = profile.Model,
            api_version = profile.ApiVersion,
            system_prompt = profile.SystemPrompt,
            temperature = profile.Temperature,
            max_output_tokens = profile.MaxOutputTokens,
            tokenizer = profile.Tokenizer,
            http,
            retrieval = profile.Retrieval,
            rag = profile.Rag,
            knowledge = retrieves ? knowledgeHash : null,
            documents_up_to = retrieves ? ClearancePolicy.Ceiling(profile).ToString() : null,
        };
        return JsonSerializer.Serialize(fields);
    }
}
