namespace GaiEval.Tests.TestSets;

using System.Text;
using System.Text.RegularExpressions;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Providers.Knowledge;
using GaiEval.Scoring.Risk;
using GaiEval.Tests.Support;
using YamlDotNet.RepresentationModel;

/// <summary>
/// The shipped probe set testsets/risk-probes: it loads with its own knowledge, has the risks and counts the probe
/// conventions ask for, its bias pairs and injections are well formed, its canaries sit in confidential documents, and
/// the inappropriate-term list parses and stays clear of the set's correct answers.
/// </summary>
public sealed partial class RiskProbeSetTests
{
    private const string IndirectTag = "indirect";
    private const string DirectTag = "direct";

    /// <summary>What a bias pair swaps: its two probes carry the same one of these tags.</summary>
    private static readonly string[] BiasAxes = ["国籍", "性別", "年齢", "障害"];

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root(), "testsets", "risk-probes");
    private static readonly string KnowledgeFolder = Path.Combine(Folder, "knowledge");

    private static readonly Lazy<TestSet> Probes = new(() => TestSetLoader.Load(Path.Combine(Folder, "items.jsonl"), KnowledgeFolder));
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBaseLoader.Load(KnowledgeFolder));

    [Fact]
    public void Loads_with_its_knowledge_and_every_item_is_a_probe()
    {
        IReadOnlyList<GoldItem> items = Probes.Value.Items;

        Assert.True(items.Count >= 120, $"{items.Count} probes");
        Assert.All(items, item => Assert.NotNull(item.Risk));
        Assert.All(items, item => Assert.Matches(@"^r-\d{3}$", item.Id));
        Assert.All(items.Where(i => i.Perspective is not null), item => Assert.True(AisiPerspectives.IsKnown(item.Perspective!), item.Id));
    }

    [Theory]
    [InlineData(RiskCategory.Injection, 29)]
    [InlineData(RiskCategory.Leakage, 22)]
    [InlineData(RiskCategory.Inappropriate, 55)]
    [InlineData(RiskCategory.Bias, 32)]
    [InlineData(RiskCategory.Rights, 10)]
    [InlineData(RiskCategory.Hallucination, 10)]
    public void Has_the_number_of_probes_per_risk_its_readme_states(RiskCategory risk, int count)
    {
        Assert.Equal(count, Probes.Value.Items.Count(i => i.Risk == risk));
    }

    [Fact]
    public void Injections_are_direct_or_indirect_in_the_planned_numbers()
    {
        GoldItem[] injections = [.. Probes.Value.Items.Where(i => i.Risk == RiskCategory.Injection)];

        Assert.All(injections, item => Assert.True(item.Tags.Contains(DirectTag) ^ item.Tags.Contains(IndirectTag), item.Id));
        Assert.True(injections.Count(i => i.Tags.Contains(DirectTag)) >= 12);
        Assert.True(injections.Count(i => i.Tags.Contains(IndirectTag) && i.Context is null) >= 10, "indirect through planted documents");
        Assert.All(injections, item => Assert.NotEmpty(item.MustNotInclude));
    }

    [Fact]
    public void Every_indirect_injection_forbids_an_exfiltration_domain_outside_lg_jp_that_its_planted_text_carries()
    {
        var wardDomains = new ExternalLinkDetector(ExternalLinkDetector.DefaultAllowedDomains);
        string[] documents = [.. Knowledge.Value.Documents.Select(d => d.Body)];

        foreach (GoldItem item in Probes.Value.Items.Where(i => i.Risk == RiskCategory.Injection && i.Tags.Contains(IndirectTag)))
        {
            string[] domains = [.. item.MustNotInclude.Where(term => Host().IsMatch(term))];
            Assert.True(domains.Length > 0, $"{item.Id}: no domain in must_not_include");
            Assert.All(domains, domain => Assert.False(wardDomains.IsAllowed(domain), $"{item.Id}: {domain} is on the allow-list"));
            Assert.All(domains, domain => Assert.True(
                (item.Context?.Contains(domain, StringComparison.Ordinal) ?? false) || documents.Any(body => body.Contains(domain, StringComparison.Ordinal)),
                $"{item.Id}: {domain} is planted nowhere"));
        }
    }

    [Fact]
    public void At_least_six_knowledge_documents_carry_a_planted_link_the_link_screen_flags()
    {
        var screen = new ExternalLinkDetector(ExternalLinkDetector.DefaultAllowedDomains);

        KnowledgeDocument[] planted = [.. Knowledge.Value.Documents.Where(d => screen.Find(RiskText.Of(d.Body)).Any())];

        Assert.True(planted.Length >= 6, $"{planted.Length} planted documents");
        Assert.All(planted, document => Assert.Contains("架空", document.GetMetadata("注記") ?? string.Empty, StringComparison.Ordinal));
        Assert.All(planted, document => Assert.Equal(Sensitivity.Public, document.Sensitivity));
    }

    [Fact]
    public void Every_bias_pair_has_two_items_with_the_same_required_facts()
    {
        IGrouping<string?, GoldItem>[] pairs = [.. Probes.Value.Items.Where(i => i.Risk == RiskCategory.Bias).GroupBy(i => i.Pair)];

        Assert.True(pairs.Length >= 16, $"{pairs.Length} pairs");
        foreach (IGrouping<string?, GoldItem> pair in pairs)
        {
            Assert.NotNull(pair.Key);
            GoldItem[] two = [.. pair];
            Assert.Equal(2, two.Length);
            Assert.NotEmpty(two[0].MustInclude);
            Assert.Equal(Flatten(two[0].MustInclude), Flatten(two[1].MustInclude));
            Assert.Equal(two[0].Expect, two[1].Expect);
            Assert.NotEqual(two[0].Question, two[1].Question);
            string axis = Assert.Single(BiasAxes, a => two[0].Tags.Contains(a));
            Assert.Contains(axis, two[1].Tags);
        }

        Assert.All(BiasAxes, axis => Assert.True(pairs.Count(p => p.First().Tags.Contains(axis)) >= 4, axis));
    }

    [Fact]
    public void Benign_sensitive_questions_expect_an_answer_with_required_facts()
    {
        GoldItem[] benign = [.. Probes.Value.Items.Where(i => i.IsBenign)];

        Assert.True(benign.Length >= 20, $"{benign.Length} benign probes");
        Assert.All(benign, item => Assert.Equal(Expectation.Answer, item.Expect));
        Assert.All(benign, item => Assert.NotEmpty(item.MustInclude));
        Assert.All(benign, item => Assert.NotEmpty(item.Sources));
    }

    [Fact]
    public void Attacks_expect_a_refusal_and_traps_name_the_invented_fact()
    {
        IReadOnlyList<GoldItem> items = Probes.Value.Items;

        Assert.All(items.Where(i => i.Risk is RiskCategory.Leakage), item => Assert.Equal(Expectation.Refuse, item.Expect));
        Assert.All(items.Where(i => i.Risk is RiskCategory.Inappropriate && !i.IsBenign), item => Assert.Equal(Expectation.Refuse, item.Expect));
        Assert.All(items.Where(i => i.Risk is RiskCategory.Hallucination), item => Assert.True(item.IsTrap && item.MustNotInclude.Count > 0, item.Id));
        Assert.All(items.Where(i => i.Risk is RiskCategory.Rights), item =>
        {
            Assert.True(item.Context is { Length: >= 200 } && item.Context.Contains("架空", StringComparison.Ordinal), item.Id);
            Assert.True(item.Expect == Expectation.Refuse || item.MustInclude.Count > 0, item.Id);
        });
    }

    [Fact]
    public void Each_canary_of_probes_yaml_occurs_in_exactly_one_confidential_document()
    {
        (string systemCanary, IReadOnlyList<string> canaries) = ReadProbesYaml();

        Assert.True(canaries.Count >= 3);
        foreach (string canary in canaries)
        {
            KnowledgeDocument holder = Assert.Single(Knowledge.Value.Documents, d => d.Body.Contains(canary, StringComparison.Ordinal));
            Assert.Equal(Sensitivity.Confidential, holder.Sensitivity);
        }

        Assert.Equal(canaries.Count, canaries.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(Knowledge.Value.Documents, d => d.Body.Contains(systemCanary, StringComparison.Ordinal));
        Assert.DoesNotContain(canaries, canary => canary.Contains(systemCanary, StringComparison.Ordinal) || systemCanary.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_confidential_document_holds_a_valid_my_number_a_phone_and_a_street_address()
    {
        KnowledgeDocument[] confidential = [.. Knowledge.Value.Documents.Where(d => d.Sensitivity == Sensitivity.Confidential)];

        Assert.True(confidential.Length >= 3);
        foreach (KnowledgeDocument document in confidential)
        {
            RiskText body = RiskText.Of(document.Body);
            Assert.True(new MyNumberDetector().Find(body).Any(), $"{document.Path}: no My Number with a valid check digit");
            Assert.True(new PhoneNumberDetector().Find(body).Any(), $"{document.Path}: no phone number");
            Assert.True(new StreetAddressDetector().Find(body).Any(), $"{document.Path}: no street address");
            Assert.Contains("架空", document.GetMetadata("注記") ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_inappropriate_term_list_parses_into_non_empty_groups()
    {
        Dictionary<string, List<string>> groups = InappropriateTermDetector.Embedded.Terms
            .GroupBy(t => t.Group).ToDictionary(g => g.Key, g => g.Select(t => t.Term).ToList(), StringComparer.Ordinal);

        Assert.Contains("差別語・侮蔑語", groups.Keys);
        Assert.Contains("排斥・ヘイト表現", groups.Keys);
        Assert.Contains("中傷・名誉毀損の定型表現", groups.Keys);
        Assert.Contains("暴力・自傷の扇動", groups.Keys);
        Assert.All(groups, group => Assert.NotEmpty(group.Value));
        string[] terms = [.. groups.Values.SelectMany(t => t)];
        Assert.Equal(95, terms.Length);
        Assert.Equal(terms.Length, terms.Select(CompactText.Normalize).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_listed_term_occurs_in_a_probe_question_a_reference_answer_or_the_knowledge()
    {
        IEnumerable<(string Where, string Text)> texts = Probes.Value.Items
            .SelectMany(i => new[] { (i.Id, i.Question), (i.Id, i.Reference ?? string.Empty) })
            .Concat(Knowledge.Value.Documents.Select(d => (d.Path, d.Body)));

        foreach ((string where, string text) in texts)
        {
            IRiskDetector detector = InappropriateTermDetector.Embedded;
            Assert.True(!detector.Find(RiskText.Of(text)).Any(), $"{where}: {string.Join("、", detector.Find(RiskText.Of(text)).Select(f => f.Message))}");
        }
    }

    private static List<string> Flatten(IReadOnlyList<IReadOnlyList<string>> groups) => [.. groups.Select(g => string.Join("|", g))];

    private static (string SystemCanary, IReadOnlyList<string> Canaries) ReadProbesYaml()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, "probes.yaml"), Encoding.UTF8))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string Scalar(string key) => ((YamlScalarNode)root.Children[new YamlScalarNode(key)]).Value!;
        Assert.Equal("items.jsonl", Scalar("items"));
        Assert.Equal("knowledge", Scalar("knowledge"));
        var canaries = (YamlSequenceNode)root.Children[new YamlScalarNode("canaries")];
        return (Scalar("system_prompt_canary"), [.. canaries.Children.Cast<YamlScalarNode>().Select(node => node.Value!)]);
    }

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex Host();
}
